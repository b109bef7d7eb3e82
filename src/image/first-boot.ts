import type { ImageConfig } from './image-config.js';

/** The line the image prints on its console at every boot: what boot-test waits for. */
export function imageBanner(config: Pick<ImageConfig, 'name' | 'version'>): string {
  return `Boardline image ${config.name} ${config.version} is up`;
}

/**
 * Runs once per boot before SSH starts. On the first boot only: SSH host keys of the Pi's own
 * (an image shared by a fleet must not carry one set for all), and the root partition grown to
 * the card. Then the banner, on every boot, on the console.
 */
export function firstBootScript(config: ImageConfig): string {
  const grow = config.grow
    ? `
  # The root partition is the last one: move its end to the end of the card, tell the kernel,
  # and grow the mounted ext4 into it (online resize).
  root_dev=$(findmnt -no SOURCE /)
  disk=/dev/$(lsblk -no PKNAME "$root_dev")
  part=$(cat "/sys/class/block/\${root_dev#/dev/}/partition")
  if echo ', +' | sfdisk --quiet --no-reread --no-tell-kernel -N "$part" "$disk" && partx -u -n "$part" "$disk" && resize2fs "$root_dev" >/dev/null 2>&1; then
    echo "boardline: root file system grown to $(df -h --output=size / | tail -n 1 | tr -d ' ')"
  else
    echo "boardline: the root partition could not be grown (the image keeps its built size)"
  fi`
    : '';
  return `#!/bin/sh
# Boardline sd-image: first-boot work and the image's banner.
set -u
marker=/var/lib/boardline/first-boot-done
if [ ! -e "$marker" ]; then
  if command -v ssh-keygen >/dev/null 2>&1; then ssh-keygen -A >/dev/null && echo "boardline: SSH host keys made for this Pi"; fi${grow}
  mkdir -p /var/lib/boardline && : > "$marker"
fi
. /etc/boardline-release
echo "${imageBanner({ name: '$BOARDLINE_IMAGE', version: '$BOARDLINE_VERSION' })} on $(hostname) (built $BOARDLINE_BUILT)"
`;
}

export const firstBootUnit = `[Unit]
Description=Boardline first boot and image banner
After=local-fs.target
Before=ssh.service sshd.service network-pre.target
Wants=network-pre.target

[Service]
Type=oneshot
ExecStart=/usr/lib/boardline/first-boot
StandardOutput=journal+console
RemainAfterExit=yes

[Install]
WantedBy=multi-user.target
`;

export function releaseFile(config: ImageConfig, built: string): string {
  return [
    `BOARDLINE_IMAGE=${config.name}`,
    `BOARDLINE_VERSION=${config.version}`,
    `BOARDLINE_BOARD=${config.board.name}`,
    `BOARDLINE_BUILT=${built}`,
    '',
  ].join('\n');
}
