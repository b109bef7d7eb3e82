import { addUser, type AccountFiles } from './accounts.js';
import { startContainersScript, startContainersUnit, type PreloadedContainer } from './boot-containers-script.js';
import { firstBootScript, firstBootUnit, releaseFile } from './first-boot.js';
import type { ImageConfig } from './image-config.js';
import type { OverlayEntry } from './overlay.js';
import { partUuid } from './partition-table.js';
import { networkManagerKeyfile } from './wifi.js';

export interface SystemFilesInput {
  config: ImageConfig;
  accounts: AccountFiles;
  preloaded: readonly PreloadedContainer[];
  diskId: string;
  built: string;
}

const wants = (unit: string): OverlayEntry => ({
  kind: 'link',
  path: `/etc/systemd/system/multi-user.target.wants/${unit}`,
  target: `/etc/systemd/system/${unit}`,
});

/** Everything the configuration puts into the root file system, besides the packages. */
export function systemFiles({ config, accounts, preloaded, diskId, built }: SystemFilesInput): OverlayEntry[] {
  const entries: OverlayEntry[] = [
    { kind: 'file', path: '/etc/hostname', content: `${config.hostname}\n`, mode: 0o644 },
    {
      kind: 'file',
      path: '/etc/hosts',
      content: `127.0.0.1\tlocalhost\n127.0.1.1\t${config.hostname}\n::1\t\tlocalhost ip6-localhost ip6-loopback\nff02::1\t\tip6-allnodes\nff02::2\t\tip6-allrouters\n`,
      mode: 0o644,
    },
    {
      kind: 'file',
      path: '/etc/fstab',
      content: `# Boardline sd-image: partitions by PARTUUID, as cmdline.txt names the root.\nPARTUUID=${partUuid(diskId, 2)}\t/\text4\tdefaults,noatime\t0\t1\nPARTUUID=${partUuid(diskId, 1)}\t/boot/firmware\tvfat\tdefaults,noatime\t0\t2\n`,
      mode: 0o644,
    },
    { kind: 'dir', path: '/boot/firmware', mode: 0o755 },
    { kind: 'link', path: '/etc/localtime', target: `/usr/share/zoneinfo/${config.timezone}` },
    { kind: 'file', path: '/etc/timezone', content: `${config.timezone}\n`, mode: 0o644 },
    { kind: 'file', path: '/etc/default/locale', content: `LANG=${config.locale}\n`, mode: 0o644 },
    { kind: 'file', path: '/etc/boardline-release', content: releaseFile(config, built), mode: 0o644 },
    { kind: 'file', path: '/usr/lib/boardline/first-boot', content: firstBootScript(config), mode: 0o755 },
    { kind: 'file', path: '/etc/systemd/system/boardline-first-boot.service', content: firstBootUnit, mode: 0o644 },
    wants('boardline-first-boot.service'),
  ];
  if (config.wifi === undefined) {
    entries.push({
      kind: 'file',
      path: '/etc/network/interfaces.d/eth0',
      content: 'allow-hotplug eth0\niface eth0 inet dhcp\n',
      mode: 0o644,
    });
  } else {
    entries.push({
      kind: 'file',
      path: `/etc/NetworkManager/system-connections/${config.wifi.ssid.replace(/[^A-Za-z0-9_.-]/g, '_')}.nmconnection`,
      content: networkManagerKeyfile(config.wifi),
      mode: 0o600,
    });
  }
  if (config.user !== undefined) {
    const added = addUser(accounts, config.user);
    const owner = { uid: added.uid, gid: added.gid };
    entries.push(
      { kind: 'file', path: '/etc/passwd', content: added.files.passwd, mode: 0o644 },
      { kind: 'file', path: '/etc/group', content: added.files.group, mode: 0o644 },
      { kind: 'file', path: '/etc/shadow', content: added.files.shadow, mode: 0o640, uid: 0, gid: added.shadowGid },
      { kind: 'file', path: '/etc/gshadow', content: added.files.gshadow, mode: 0o640, uid: 0, gid: added.shadowGid },
      { kind: 'dir', path: added.home, mode: 0o750, ...owner },
    );
    if (config.user.authorizedKeys.length > 0) {
      entries.push(
        { kind: 'dir', path: `${added.home}/.ssh`, mode: 0o700, ...owner },
        {
          kind: 'file',
          path: `${added.home}/.ssh/authorized_keys`,
          content: `${config.user.authorizedKeys.join('\n')}\n`,
          mode: 0o600,
          ...owner,
        },
      );
    }
    // A user who logs in by key alone has no password to give sudo.
    if (config.user.passwordHash === undefined) {
      entries.push({
        kind: 'file',
        path: `/etc/sudoers.d/boardline-${config.user.name}`,
        content: `${config.user.name} ALL=(ALL) NOPASSWD: ALL\n`,
        mode: 0o440,
      });
    }
  }
  for (const file of config.files) entries.push({ kind: 'copy', path: file.target, source: file.source, mode: file.mode });
  if (preloaded.length > 0) {
    for (const entry of preloaded) entries.push({ kind: 'copy', path: entry.archive, source: entry.file, mode: 0o600 });
    entries.push(
      { kind: 'file', path: '/usr/lib/boardline/start-containers', content: startContainersScript(preloaded), mode: 0o755 },
      { kind: 'file', path: '/etc/systemd/system/boardline-containers.service', content: startContainersUnit, mode: 0o644 },
      wants('boardline-containers.service'),
    );
  }
  return entries;
}
