/**
 * The photo port bound per platform by file name: ./photoDevice.h5.ts in the browser build, ./photoDevice.weapp.ts
 * in the mini-program (Taro resolves `photoDevice` to the file of the build's platform; jest maps it to the H5 one).
 */
import type { PhotoDevice } from './photo'

export const photoDevice: PhotoDevice
