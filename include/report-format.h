/* The report's output formats, one file each: report-text.c,
 * report-csv.c, report-json.c and report-html.c. Each appends the whole
 * document to out. */
#ifndef REPORT_FORMAT_H
#define REPORT_FORMAT_H

struct _GString;	/* GLib's growing string */
struct report;

enum report_format {
	REPORT_TEXT,
	REPORT_CSV,
	REPORT_JSON,
	REPORT_HTML,
};

int report_format_parse(const char *name);	/* enum value or -1 */

void report_text(struct _GString *out, const struct report *r);
void report_csv(struct _GString *out, const struct report *r);
void report_json(struct _GString *out, const struct report *r);
void report_html(struct _GString *out, const struct report *r);

/* The period and clock as text: "2026-11-10 .. 2026-11-16" ("start",
 * "now" for open bounds; until is exclusive, shown as the day before).
 * Caller frees. */
char *report_period_text(const struct report *r);

#endif
