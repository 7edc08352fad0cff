/** The AI Engine devices the studio offers (tile view and report), in menu order. */
export const AIE_DEVICE_NAMES = ["npu1", "npu1_1col", "npu1_2col", "npu1_3col", "npu2", "xcvc1902"] as const;
