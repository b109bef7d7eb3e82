# Compiles in the target stage: every RUN executes under QEMU on an x86 builder.
FROM boardline-test/gcc:armv7 AS build
ARG ROUND
COPY app.c /src/app.c
RUN echo "round $ROUND" && gcc -O2 -static -o /app /src/app.c

FROM boardline-test/busybox:armv7
COPY --from=build /app /usr/bin/app
CMD ["/usr/bin/app"]
