import type { ImageUser } from './image-config.js';

/** The account databases of the root file system, as its packages left them. */
export interface AccountFiles {
  passwd: string;
  group: string;
  shadow: string;
  gshadow: string;
}

/** The groups a device user of a Pi needs, where the image has them: serial ports, USB, video, admin, Docker. */
const userGroups = ['adm', 'dialout', 'plugdev', 'video', 'audio', 'netdev', 'sudo', 'docker', 'users'];

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function field(line: string, index: number): string {
  return line.split(':')[index] ?? '';
}

/** The first free id at or above 1000 in both passwd and group, as adduser picks one. */
function freeId(passwd: string[], group: string[]): number {
  const taken = new Set([...passwd.map((line) => Number(field(line, 2))), ...group.map((line) => Number(field(line, 2)))]);
  let id = 1000;
  while (taken.has(id)) id += 1;
  return id;
}

export interface AccountsWithUser {
  files: AccountFiles;
  uid: number;
  gid: number;
  home: string;
  /** The gid of the shadow group, which owns /etc/shadow and /etc/gshadow. */
  shadowGid: number;
}

/**
 * The account files with the user added as adduser would: a personal group, a home, the device
 * groups the image has, and the password hash (or a locked password when only keys log in).
 */
export function addUser(files: AccountFiles, user: ImageUser): AccountsWithUser {
  const passwd = lines(files.passwd).filter((line) => field(line, 0) !== user.name);
  const groupLines = lines(files.group).filter((line) => field(line, 0) !== user.name);
  const shadow = lines(files.shadow).filter((line) => field(line, 0) !== user.name);
  const gshadow = lines(files.gshadow).filter((line) => field(line, 0) !== user.name);
  const id = freeId(passwd, groupLines);
  const home = `/home/${user.name}`;
  passwd.push(`${user.name}:x:${String(id)}:${String(id)}:${user.name}:${home}:/bin/bash`);
  const days = Math.floor(Date.now() / 86_400_000);
  shadow.push(`${user.name}:${user.passwordHash ?? '!'}:${String(days)}:0:99999:7:::`);
  const withMember = groupLines.map((line) => {
    const name = field(line, 0);
    if (!userGroups.includes(name)) return line;
    const members = field(line, 3)
      .split(',')
      .filter((member) => member !== '' && member !== user.name);
    return [...line.split(':').slice(0, 3), [...members, user.name].join(',')].join(':');
  });
  withMember.push(`${user.name}:x:${String(id)}:`);
  const gshadowWithMember = gshadow.map((line) => {
    if (!userGroups.includes(field(line, 0))) return line;
    const members = field(line, 3)
      .split(',')
      .filter((member) => member !== '' && member !== user.name);
    return [...line.split(':').slice(0, 3), [...members, user.name].join(',')].join(':');
  });
  gshadowWithMember.push(`${user.name}:!::`);
  const shadowGroup = groupLines.find((line) => field(line, 0) === 'shadow');
  return {
    files: {
      passwd: `${passwd.join('\n')}\n`,
      group: `${withMember.join('\n')}\n`,
      shadow: `${shadow.join('\n')}\n`,
      gshadow: `${gshadowWithMember.join('\n')}\n`,
    },
    uid: id,
    gid: id,
    home,
    shadowGid: shadowGroup === undefined ? 0 : Number(field(shadowGroup, 2)),
  };
}
