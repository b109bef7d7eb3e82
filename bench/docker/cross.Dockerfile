# Cross-compiles on the build machine, then only copies into the target stage: nothing is emulated.
FROM --platform=$BUILDPLATFORM boardline-test/cross-gcc:amd64 AS build
ARG ROUND
COPY app.c /src/app.c
RUN echo "round $ROUND" && arm-linux-gnueabihf-gcc -O2 -static -o /app /src/app.c

FROM boardline-test/busybox:armv7
COPY --from=build /app /usr/bin/app
CMD ["/usr/bin/app"]
