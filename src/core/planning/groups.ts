/** The nine VerkSam groups of the routine (DOMAIN.md, "The nine groups"). */
import type { UnitType } from "./types";

export interface PresetUnit {
  readonly name: string;
  readonly type: UnitType;
}

export interface GroupPreset {
  /** Stable identifier, e.g. "jonkoping-2". */
  readonly id: string;
  /** e.g. "VerkSam Jönköping 2". */
  readonly name: string;
  /** The municipality (Typ Kommun, the coordinator's unit) first, then the care units (Typ Region). */
  readonly units: readonly PresetUnit[];
  /** R3: in Habo and Mullsjö the group chooses its convener; elsewhere the municipality's representative coordinates. */
  readonly groupChoosesConvener: boolean;
}

function preset(
  id: string,
  name: string,
  municipality: string,
  careUnits: readonly string[],
  groupChoosesConvener = false
): GroupPreset {
  return Object.freeze({
    id,
    name,
    units: Object.freeze([
      Object.freeze({ name: municipality, type: "Kommun" as const }),
      ...careUnits.map((u) => Object.freeze({ name: u, type: "Region" as const })),
    ]),
    groupChoosesConvener,
  });
}

const JKPG = "Jönköpings kommun";

export const GROUP_PRESETS: readonly GroupPreset[] = Object.freeze([
  preset("habo", "VerkSam Habo", "Habo kommun", ["Habo VC"], true),
  preset("mullsjo", "VerkSam Mullsjö", "Mullsjö kommun", ["Mullsjö VC"], true),
  preset("jonkoping-1", "VerkSam Jönköping 1", JKPG, [
    "Bankeryds VC",
    "Lokstallarna Bräcke Diakoni",
  ]),
  preset("jonkoping-2", "VerkSam Jönköping 2", JKPG, ["Norrahammars VC", "Råslätts VC"]),
  preset("jonkoping-3", "VerkSam Jönköping 3", JKPG, ["Hälsans VC 1", "Hälsans VC 2"]),
  preset("jonkoping-4", "VerkSam Jönköping 4", JKPG, [
    "Wetterhälsan",
    "Läkarhuset (Öster, Väster, Torsvik och Huskvarna)",
  ]),
  preset("jonkoping-5", "VerkSam Jönköping 5", JKPG, ["Rosenlunds VC", "Öxnehaga VC", "Wasa VC"]),
  preset("jonkoping-6", "VerkSam Jönköping 6", JKPG, ["Gränna VC", "Kungshälsan"]),
  preset("specialistpsykiatri", "VerkSam Specialistpsykiatri", JKPG, [
    "Specialistpsykiatri Länssjukhuset Ryhov",
  ]),
]);

/** The preset with this id, or undefined. */
export function groupPreset(id: string): GroupPreset | undefined {
  return GROUP_PRESETS.find((g) => g.id === id);
}

/** The AF and FK contact-person rows every group's Enheter table gets (R12). */
export const CONTACT_UNITS: readonly PresetUnit[] = Object.freeze([
  Object.freeze({ name: "Arbetsförmedlingen", type: "AF" as const }),
  Object.freeze({ name: "Försäkringskassan", type: "FK" as const }),
]);
