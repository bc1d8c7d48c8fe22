/**
 * TimelineJS3's JSON format, as its documentation describes it
 * (timeline.knightlab.com/docs/json-format.html): the rules a file must meet
 * for the widget to load it, written as a Zod schema so tests can check ours.
 */
import { z } from 'astro/zod';

const dateObject = z.strictObject({
  year: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  hour: z.number().int().min(0).max(23).optional(),
  minute: z.number().int().min(0).max(59).optional(),
  second: z.number().int().min(0).max(59).optional(),
  millisecond: z.number().int().optional(),
  display_date: z.string().optional(),
});

const text = z.strictObject({ headline: z.string().optional(), text: z.string().optional() });

const slide = z.strictObject({
  start_date: dateObject,
  end_date: dateObject.optional(),
  text: text.optional(),
  media: z.object({ url: z.string() }).optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  background: z.looseObject({}).optional(),
  autolink: z.boolean().optional(),
  unique_id: z.string().optional(),
});

export const timelineJsFormat = z
  .strictObject({
    events: z.array(slide).min(1),
    title: slide.omit({ start_date: true }).extend({ start_date: dateObject.optional() }).optional(),
    eras: z.array(z.object({ start_date: dateObject, end_date: dateObject })).optional(),
    scale: z.enum(['human', 'cosmological']).optional(),
  })
  .superRefine((data, ctx) => {
    // A day needs its month, and unique_id must be unique: the widget uses it as the URL hash.
    const ids = new Set<string>();
    data.events.forEach((event, i) => {
      if (event.start_date.day !== undefined && event.start_date.month === undefined) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'start_date'], message: 'day without month' });
      }
      if (event.unique_id !== undefined) {
        if (ids.has(event.unique_id)) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'unique_id'], message: 'duplicate unique_id' });
        }
        ids.add(event.unique_id);
      }
    });
  });
