import type { z } from "zod";
import type * as schema from "./schema.ts";

export type Country = z.infer<typeof schema.Country>;
export type Text = z.infer<typeof schema.Text>;
export type Evidence = z.infer<typeof schema.Evidence>;
export type DateValue = z.infer<typeof schema.DateValue>;
export type Place = z.infer<typeof schema.Place>;
export type ParticipantList = z.infer<typeof schema.ParticipantList>;
export type NextRoundAnnouncement = z.infer<typeof schema.NextRoundAnnouncement>;
export type Round = z.infer<typeof schema.RoundFile>;
export type Dialogue = z.infer<typeof schema.DialogueFile>;
export type Source = z.infer<typeof schema.Source>;
export type Organisation = z.infer<typeof schema.Organisation>;
export type Person = z.infer<typeof schema.Person>;
export type Role = z.infer<typeof schema.Role>;
export type GlossaryTerm = z.infer<typeof schema.GlossaryTerm>;
export type DataFile = z.infer<typeof schema.DataFile>;

export type KnownFact<T> = { status: "known"; value: T; evidence: Evidence[] };
export type UnknownFact = { status: "unknown"; note: string };
export type Fact<T> = KnownFact<T> | UnknownFact;
export type DistinctMeeting = z.infer<typeof schema.DistinctMeeting>;
