#!/usr/bin/env bash
# Brings up what the buildx-armv7 tests and benchmark need on a Debian machine, as root: QEMU's
# binfmt handlers, a Docker daemon, and the base images they build from. Nothing can be pulled on
# the test machines, so the images are made from Debian packages (mmdebstrap's extract variant:
# packages unpacked without running their scripts, so no emulation is needed to make them).
# Idempotent: what is already there is kept. Packages: see .ci/run (docker.io qemu-user-static
# binfmt-support docker-registry apache2-utils mmdebstrap).
set -euo pipefail

# Debian's client (20.10) builds with BuildKit without the buildx plugin; newer clients refuse to.
docker=/usr/bin/docker

if ! mountpoint -q /proc/sys/fs/binfmt_misc; then mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc; fi
for arch in arm aarch64; do update-binfmts --enable "qemu-$arch" 2>/dev/null || true; done
# s390x starts without a handler: the tests see setup-qemu refuse it, then register it themselves.
update-binfmts --disable qemu-s390x 2>/dev/null || true
grep -q enabled /proc/sys/fs/binfmt_misc/qemu-arm || { echo "qemu-arm binfmt handler is not enabled (apt-get install qemu-user-static binfmt-support)" >&2; exit 1; }

if ! "$docker" info >/dev/null 2>&1; then
  echo "== starting dockerd"
  nohup dockerd >/var/log/boardline-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do "$docker" info >/dev/null 2>&1 && break; sleep 0.5; done
  "$docker" info >/dev/null 2>&1 || { echo "dockerd did not come up; see /var/log/boardline-dockerd.log" >&2; exit 1; }
fi

# The machine's own Debian mirror (the main archive only: a security mirror caught mid-sync fails a build).
mirror=$(grep -hoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have_image() { "$docker" image inspect "$1" >/dev/null 2>&1; }

# An image from a root file system tar, labelled with its platform by a FROM scratch build.
image_from_tar() {
  local tag=$1 platform=$2 tar=$3 dir
  dir=$(mktemp -d -p "$work")
  mv "$tar" "$dir/rootfs.tar"
  printf 'FROM scratch\nADD rootfs.tar /\nENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin\nCMD ["/bin/sh"]\n' >"$dir/Dockerfile"
  DOCKER_BUILDKIT=1 "$docker" build -q --platform "$platform" -t "$tag" "$dir" >/dev/null
}

# busybox-static for each architecture: the small runtime stages.
for pair in armhf:linux/arm/v7:armv7 amd64:linux/amd64:amd64 arm64:linux/arm64:arm64 s390x:linux/s390x:s390x; do
  IFS=: read -r debarch platform suffix <<<"$pair"
  tag="boardline-test/busybox:$suffix"
  have_image "$tag" && continue
  echo "== $tag"
  mmdebstrap --quiet --variant=extract --arch="$debarch" --include=busybox-static bookworm "$work/bb-$suffix.tar" "$mirror" >/dev/null
  dir=$(mktemp -d -p "$work")
  mkdir -p "$dir/rootfs"
  tar -xf "$work/bb-$suffix.tar" -C "$dir/rootfs" ./bin/busybox
  for applet in sh ls cat echo uname mkdir rm cp mv env sleep true false grep sed wc head tail; do ln -sf busybox "$dir/rootfs/bin/$applet"; done
  mkdir -m 1777 "$dir/rootfs/tmp"
  printf 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/bin\nCMD ["/bin/sh"]\n' >"$dir/Dockerfile"
  DOCKER_BUILDKIT=1 "$docker" build -q --platform "$platform" -t "$tag" "$dir" >/dev/null
done

# The cross-compiling build stage: amd64 with gcc for armhf (and its own gcc).
if ! have_image boardline-test/cross-gcc:amd64; then
  echo "== boardline-test/cross-gcc:amd64"
  mmdebstrap --quiet --variant=extract --arch=amd64 \
    --include=dash,coreutils,gcc,libc6-dev,gcc-arm-linux-gnueabihf,libc6-dev-armhf-cross,gcc-aarch64-linux-gnu,libc6-dev-arm64-cross \
    bookworm "$work/cross.tar" "$mirror" >/dev/null
  image_from_tar boardline-test/cross-gcc:amd64 linux/amd64 "$work/cross.tar"
fi

# A native armhf gcc, which compiles under emulation: the slow way the benchmark compares against.
if ! have_image boardline-test/gcc:armv7; then
  echo "== boardline-test/gcc:armv7"
  mmdebstrap --quiet --variant=extract --arch=armhf --include=dash,coreutils,gcc,libc6-dev bookworm "$work/gcc-armhf.tar" "$mirror" >/dev/null
  image_from_tar boardline-test/gcc:armv7 linux/arm/v7 "$work/gcc-armhf.tar"
fi

# Debian bookworm with python3, python3-smbus2 and i2c-tools, the base of examples/pi-i2c-sensor
# (which a real build takes from debian:bookworm-slim and installs them with apt). The tests push
# both into their registry as one multi-platform image and name it in the example's BASE argument.
for pair in armhf:linux/arm/v7:armv7 amd64:linux/amd64:amd64; do
  IFS=: read -r debarch platform suffix <<<"$pair"
  tag="boardline-test/python-i2c:$suffix"
  have_image "$tag" && continue
  echo "== $tag"
  mmdebstrap --quiet --variant=extract --arch="$debarch" --include=dash,coreutils,python3,python3-smbus2,i2c-tools \
    bookworm "$work/python-i2c-$suffix.tar" "$mirror" >/dev/null
  image_from_tar "$tag" "$platform" "$work/python-i2c-$suffix.tar"
done
echo "== docker testbed ready"
