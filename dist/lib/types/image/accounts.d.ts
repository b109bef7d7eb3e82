import type { ImageUser } from './image-config.js';
/** The account databases of the root file system, as its packages left them. */
export interface AccountFiles {
    passwd: string;
    group: string;
    shadow: string;
    gshadow: string;
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
export declare function addUser(files: AccountFiles, user: ImageUser): AccountsWithUser;
