/**
 * FPGA devices the estimator reports against (the Alveo cards the HLS export targets).
 *
 * Sources: the U280 numbers are the ones the project brief gives (AMD Alveo U280 data sheet DS963:
 * 1,304K LUTs, 2,607K registers, 9,024 DSP slices, 4,032 BRAM18K, 960 URAM). The U250 (DS962), U200
 * (DS962) and U55C (DS978) rows are taken from AMD's product tables as we remember them; they could not
 * be checked against the data sheets while writing this, so each row says "assumed". The totals are
 * the whole device; the shell of a Vitis platform takes part of it.
 */
import type { ResourceCounts } from "./types";

export interface Device {
  readonly name: string;
  readonly part: string;
  readonly resources: ResourceCounts;
  readonly source: string;
}

export const ESTIMATE_DEVICES: Readonly<Record<string, Device>> = {
  u280: {
    name: "u280", part: "xcu280-fsvh2892-2L-e",
    resources: { dsp: 9024, bram18k: 4032, lut: 1_303_680, ff: 2_607_360, uram: 960 },
    source: "AMD Alveo U280 data sheet (DS963), as given in the project brief",
  },
  u250: {
    name: "u250", part: "xcu250-figd2104-2L-e",
    resources: { dsp: 12_288, bram18k: 5376, lut: 1_728_000, ff: 3_456_000, uram: 1280 },
    source: "assumed: AMD Alveo U200/U250 data sheet (DS962) values, not re-checked",
  },
  u200: {
    name: "u200", part: "xcu200-fsgd2104-2-e",
    resources: { dsp: 6840, bram18k: 4320, lut: 1_182_240, ff: 2_364_480, uram: 960 },
    source: "assumed: AMD Alveo U200/U250 data sheet (DS962) values, not re-checked",
  },
  u55c: {
    name: "u55c", part: "xcu55c-fsvh2892-2L-e",
    resources: { dsp: 9024, bram18k: 4032, lut: 1_303_680, ff: 2_607_360, uram: 960 },
    source: "assumed: AMD Alveo U55C data sheet (DS978) values (same die size as the U280), not re-checked",
  },
};

export const DEFAULT_ESTIMATE_DEVICE = "u280";
export const DEFAULT_CLOCK_MHZ = 300;

export function findDevice(name: string | undefined): Device | undefined {
  const key = (name ?? DEFAULT_ESTIMATE_DEVICE).toLowerCase();
  return Object.hasOwn(ESTIMATE_DEVICES, key) ? ESTIMATE_DEVICES[key] : undefined;
}
