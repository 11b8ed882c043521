/**
 * Puts a photo saved on this device at a cloud path the server chose. Chosen by file at build time:
 * transfer.weapp.ts (wx.cloud.uploadFile) or transfer.h5.ts (the local cloud's upload route).
 */
import type { CloudResult } from '../errors'

export function uploadPhoto(cloudPath: string, source: Blob | string): Promise<CloudResult<{ fileID: string }>>
