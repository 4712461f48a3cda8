import { z } from "@hono/zod-openapi";
import { allReflectionQuestions, type ReflectionQuestion as Question } from "../domain/reviews.ts";
import { PageQuery } from "./paging.ts";
import { IdQuery, PeriodQuery } from "./query.ts";
import { FiniteNumber, Reason, Uuid } from "./scalars.ts";

// A review's decision on a key result (S7) as the team sends it: the API validates it, the
// services take its type.

export const Decision = z.enum(["keep", "revise", "drop"]);

export const DecideKeyResult = z
  .strictObject({
    keyResultId: Uuid,
    decision: Decision,
    target: FiniteNumber.optional().openapi({ description: "revise: the new target" }),
    reason: Reason.optional().openapi({ description: "Required to revise or drop (S7)" }),
  })
  .openapi("DecideKeyResult");

export type DecideKeyResult = z.infer<typeof DecideKeyResult>;

export const ReflectionQuestionSchema = z
  .enum(allReflectionQuestions as [Question, ...Question[]])
  .openapi("ReflectionQuestion", { description: "S2's reflection questions; the text is the client's (EN, ZH)" });

/** The review sessions of a period, as a list asks for them (S4). */
export const ReviewsQuery = PeriodQuery.extend({
  unit: IdQuery("Only this unit"),
  due: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: only sessions still owed (due or in progress)" }),
}).extend(PageQuery.shape);

/** S2: the team's answers to the reflection questions of each KR's band. */
const AnswerText = z.string().max(4000);
export const SaveAnswers = z
  .strictObject({
    answers: z
      .array(z.strictObject({ keyResultId: Uuid, question: ReflectionQuestionSchema, answer: AnswerText }))
      .max(200)
      .openapi({ description: "Answers to set; an empty answer clears one" }),
  })
  .openapi("SaveReviewAnswers");

export type ReviewsQuery = z.infer<typeof ReviewsQuery>;
export type SaveAnswers = z.infer<typeof SaveAnswers>;
