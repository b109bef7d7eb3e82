import type { Io } from '../io.js';
import type { CapabilitySpec, InputValues } from '../spec/capability.js';
import { buildxArmv7, buildxArmv7Spec } from './buildx-armv7.js';
import { compileSketch, compileSketchSpec } from './compile-sketch.js';
import { deployContainerSpec, runDeployContainer } from './deploy-container.js';
import { flashSerial, flashSerialSpec } from './flash-serial.js';
import type { FaceContext } from './context.js';
import { monitor, monitorSpec } from './monitor.js';
import { ports, portsSpec } from './ports.js';
import { runScenario, runScenarioSpec } from './run-scenario.js';
import type { CapabilityResult } from './result.js';
import { sdImage, sdImageSpec } from './sd-image.js';
import { setupArduinoCli, setupArduinoCliSpec } from './setup-arduino-cli.js';
import { sizeReport, sizeReportSpec } from './size-report.js';
import { verifyBanner, verifyBannerSpec } from './verify-banner.js';
import { verifyTests, verifyTestsSpec } from './verify-tests.js';
import { verifyPins, verifyPinsSpec } from './verify-pins.js';
import {
  virtualBoardPins,
  virtualBoardPinsSpec,
  virtualBoardScreenshot,
  virtualBoardScreenshotSpec,
  virtualBoardSet,
  virtualBoardSetSpec,
  virtualBoardTrace,
  virtualBoardTraceSpec,
} from './virtual-board-pins.js';
import {
  virtualBoardReset,
  virtualBoardResetSpec,
  virtualBoardRun,
  virtualBoardRunSpec,
  virtualBoardStart,
  virtualBoardStartSpec,
  virtualBoardStatus,
  virtualBoardStatusSpec,
  virtualBoardStop,
  virtualBoardStopSpec,
} from './virtual-board.js';
import { virtualI2cSet, virtualI2cSetSpec, virtualI2cTrace, virtualI2cTraceSpec } from './virtual-i2c-trace.js';
import {
  virtualI2cRun,
  virtualI2cRunSpec,
  virtualI2cStart,
  virtualI2cStartSpec,
  virtualI2cStatus,
  virtualI2cStatusSpec,
  virtualI2cStop,
  virtualI2cStopSpec,
} from './virtual-i2c.js';

/** A capability as the faces see it: its definition and the one function that does the work. */
export interface Capability<S extends CapabilitySpec = CapabilitySpec> {
  spec: S;
  run(options: InputValues<S['inputs']>, io: Io, context: FaceContext): Promise<CapabilityResult>;
}

function capability<S extends CapabilitySpec>(spec: S, run: Capability<S>['run']): Capability {
  return { spec, run };
}

export const setupArduinoCliCapability = capability(setupArduinoCliSpec, setupArduinoCli);
export const compileSketchCapability = capability(compileSketchSpec, compileSketch);
export const sizeReportCapability = capability(sizeReportSpec, sizeReport);
export const buildxArmv7Capability = capability(buildxArmv7Spec, buildxArmv7);
export const flashSerialCapability = capability(flashSerialSpec, flashSerial);
export const verifyBannerCapability = capability(verifyBannerSpec, verifyBanner);
export const verifyTestsCapability = capability(verifyTestsSpec, verifyTests);
export const verifyPinsCapability = capability(verifyPinsSpec, verifyPins);
export const runScenarioCapability = capability(runScenarioSpec, runScenario);
export const portsCapability = capability(portsSpec, ports);
export const monitorCapability = capability(monitorSpec, monitor);
export const deployContainerCapability = capability(deployContainerSpec, runDeployContainer);
export const sdImageCapability = capability(sdImageSpec, sdImage);
export const virtualBoardStartCapability = capability(virtualBoardStartSpec, virtualBoardStart);
export const virtualI2cStartCapability = capability(virtualI2cStartSpec, virtualI2cStart);

/** Every capability, in the order the CLI's help lists them. */
export const capabilities: readonly Capability[] = [
  setupArduinoCliCapability,
  compileSketchCapability,
  sizeReportCapability,
  buildxArmv7Capability,
  flashSerialCapability,
  verifyBannerCapability,
  verifyTestsCapability,
  verifyPinsCapability,
  runScenarioCapability,
  portsCapability,
  monitorCapability,
  deployContainerCapability,
  sdImageCapability,
  virtualBoardStartCapability,
  capability(virtualBoardStatusSpec, virtualBoardStatus),
  capability(virtualBoardResetSpec, virtualBoardReset),
  capability(virtualBoardStopSpec, virtualBoardStop),
  capability(virtualBoardSetSpec, virtualBoardSet),
  capability(virtualBoardPinsSpec, virtualBoardPins),
  capability(virtualBoardScreenshotSpec, virtualBoardScreenshot),
  capability(virtualBoardTraceSpec, virtualBoardTrace),
  capability(virtualBoardRunSpec, virtualBoardRun),
  virtualI2cStartCapability,
  capability(virtualI2cStatusSpec, virtualI2cStatus),
  capability(virtualI2cSetSpec, virtualI2cSet),
  capability(virtualI2cTraceSpec, virtualI2cTrace),
  capability(virtualI2cStopSpec, virtualI2cStop),
  capability(virtualI2cRunSpec, virtualI2cRun),
];

/** The capabilities that ship as GitHub Actions and GitLab components, named by actionName(spec). */
export const actionCapabilities: readonly Capability[] = capabilities.filter((entry) => entry.spec.action !== undefined);
