/* The report as one self-contained HTML page: inline CSS and inline SVG
 * charts, no script, nothing loaded from anywhere. Every string from mail
 * (addresses, subjects) goes through html_text. Bars carry a <title> so
 * hovering shows the number without a script. */
#include <math.h>
#include <string.h>

#include <glib.h>

#include "report-data.h"
#include "report-format.h"

/* One colour per priority, everywhere on the page. */
static const char *const html_colour[LEVEL_COUNT] = {
	[LEVEL_CRITICAL] = "#d62828",
	[LEVEL_HIGH] = "#f77f00",
	[LEVEL_MEDIUM] = "#f2b705",
	[LEVEL_LOW] = "#7b93b0",
};

static const char html_css[] =
	"body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,"
	"Helvetica,Arial,sans-serif;margin:0;background:#f4f5f7;color:#1f2933}"
	"main{max-width:1100px;margin:0 auto;padding:24px}"
	"h1{margin:0 0 4px;font-size:26px}"
	"h2{font-size:18px;margin:0 0 12px}"
	".sub{color:#52606d;margin:0 0 20px}"
	".note{color:#52606d;font-size:13px;margin:-6px 0 8px}"
	".cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:20px}"
	".card{background:#fff;border-radius:8px;padding:12px 16px;"
	"flex:1 1 0;min-width:110px;box-shadow:0 1px 2px rgba(0,0,0,.08)}"
	".card .v{font-size:24px;font-weight:600}"
	".card .k{font-size:12px;color:#52606d;text-transform:uppercase;"
	"letter-spacing:.04em}"
	".card.bad .v{color:#d62828}"
	"section{background:#fff;border-radius:8px;padding:16px 20px;"
	"margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}"
	".row{display:flex;flex-wrap:wrap;gap:20px}"
	".row>section{flex:1 1 460px;margin-bottom:0}"
	".row{margin-bottom:20px}"
	".legend{display:flex;gap:16px;font-size:13px;margin-bottom:8px}"
	".sw{display:inline-block;width:12px;height:12px;border-radius:2px;"
	"margin-right:5px;vertical-align:-1px}"
	"svg{display:block;width:100%;height:auto}"
	"svg text{font-size:12px;fill:#3e4c59}"
	"svg .axis{stroke:#9aa5b1;stroke-width:1}"
	"svg .grid{stroke:#e4e7eb;stroke-width:1}"
	"svg .title{font-size:13px;fill:#52606d}"
	"svg .track{fill:#eef0f3}"
	"table{border-collapse:collapse;width:100%;font-size:14px}"
	"th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb}"
	"td{overflow-wrap:anywhere}th{white-space:nowrap}"
	"th{font-size:12px;text-transform:uppercase;color:#52606d;"
	"letter-spacing:.03em}"
	"td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
	"tr.never td{color:#9aa5b1}"
	".badge{display:inline-block;font-size:11px;padding:1px 6px;"
	"border-radius:8px;background:#e4e7eb;color:#52606d}"
	".prio{display:inline-block;font-size:12px;padding:1px 7px;"
	"border-radius:8px;color:#fff}"
	".tables{display:grid;grid-template-columns:repeat(auto-fit,"
	"minmax(420px,1fr));gap:20px}"
	".tables section{margin-bottom:0}"
	".tables{margin-bottom:20px}"
	"details summary{cursor:pointer;color:#52606d}"
	"footer{color:#7b8794;font-size:12px;text-align:center;padding:8px}";

/* Text from mail or the ledger: markup characters escaped, control
 * characters as spaces, invalid UTF-8 as U+FFFD. */
static void
html_text(GString *out, const char *s)
{
	char *v = g_utf8_make_valid(s != NULL ? s : "", -1);

	for (const char *p = v; *p != '\0'; p++) {
		switch (*p) {
		case '&': g_string_append(out, "&amp;"); break;
		case '<': g_string_append(out, "&lt;"); break;
		case '>': g_string_append(out, "&gt;"); break;
		case '"': g_string_append(out, "&quot;"); break;
		case '\'': g_string_append(out, "&#39;"); break;
		default:
			g_string_append_c(out, (unsigned char)*p < 0x20 ?
			    ' ' : *p);
		}
	}
	g_free(v);
}

/* A tick step of 1, 2 or 5 times a power of ten giving at most 5 steps
 * up to max; *top is max rounded up to a step. */
static long long
html_step(long long max, long long *top)
{
	long long step = 1;

	for (long long mag = 1;; mag *= 10) {
		if (mag * 5 >= max) { step = mag; break; }
		if (mag * 10 >= max) { step = 2 * mag; break; }
		if (mag * 25 >= max) { step = 5 * mag; break; }
	}
	if (max <= 0)
		max = 1;
	*top = (max + step - 1) / step * step;
	return step;
}

static void
html_legend(GString *out)
{
	g_string_append(out, "<div class=\"legend\">");
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_string_append_printf(out, "<span><span class=\"sw\" "
		    "style=\"background:%s\"></span>%s</span>", html_colour[i],
		    mt_level_name(i));
	g_string_append(out, "</div>\n");
}

/* Stacked bars: ncols columns of LEVEL_COUNT counts (critical at the
 * bottom), labels under every label_every-th column. */
struct html_stack {
	const char *id;
	double w, h;			/* the viewBox */
	const char *ytitle, *xtitle;
	size_t ncols;
	const char *const *labels;	/* ncols */
	const long long (*n)[LEVEL_COUNT];	/* ncols */
	const char *const *tips;	/* ncols, for the <title> */
};

static void
html_stacked(GString *out, const struct html_stack *c)
{
	const double W = c->w, H = c->h, L = 56, R = 16, T = 16, B = 56;
	double pw = W - L - R, ph = H - T - B, slot, bw, y, h;
	long long max = 0, top, step, tot;
	size_t every;

	for (size_t i = 0; i < c->ncols; i++) {
		tot = 0;
		for (int k = 0; k < LEVEL_COUNT; k++)
			tot += c->n[i][k];
		if (tot > max)
			max = tot;
	}
	step = html_step(max, &top);
	g_string_append_printf(out, "<svg id=\"%s\" viewBox=\"0 0 %.0f %.0f\" "
	    "role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n", c->id, W,
	    H);
	for (long long v = 0; v <= top; v += step) {
		y = T + ph - ph * (double)v / (double)top;
		g_string_append_printf(out, "<line class=\"grid\" x1=\"%.1f\" "
		    "x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/><text x=\"%.1f\" "
		    "y=\"%.1f\" text-anchor=\"end\">%lld</text>\n", L, W - R, y,
		    y, L - 6, y + 4, v);
	}
	slot = c->ncols > 0 ? pw / (double)c->ncols : pw;
	bw = slot * 0.72 < 1 ? 1 : slot * 0.72;
	every = (size_t)ceil(58.0 / slot);
	if (every < 1)
		every = 1;
	for (size_t i = 0; i < c->ncols; i++) {
		double x = L + slot * (double)i + (slot - bw) / 2;

		y = T + ph;
		for (int k = 0; k < LEVEL_COUNT; k++) {
			if (c->n[i][k] == 0)
				continue;
			h = ph * (double)c->n[i][k] / (double)top;
			y -= h;
			g_string_append_printf(out, "<rect class=\"bar\" "
			    "data-level=\"%s\" x=\"%.1f\" y=\"%.1f\" "
			    "width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
			    "<title>", mt_level_name(k), x, y, bw, h,
			    html_colour[k]);
			html_text(out, c->tips[i]);
			g_string_append_printf(out, ": %lld %s</title></rect>\n",
			    c->n[i][k], mt_level_name(k));
		}
		if (i % every == 0) {
			g_string_append_printf(out, "<text x=\"%.1f\" "
			    "y=\"%.1f\" text-anchor=\"middle\">",
			    x + bw / 2, T + ph + 18);
			html_text(out, c->labels[i]);
			g_string_append(out, "</text>\n");
		}
	}
	if (c->ncols == 0)
		g_string_append_printf(out, "<text x=\"%.1f\" y=\"%.1f\" "
		    "text-anchor=\"middle\" class=\"title\">nothing in this "
		    "period</text>\n", L + pw / 2, T + ph / 2);
	g_string_append_printf(out, "<line class=\"axis\" x1=\"%.1f\" "
	    "x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>\n<line class=\"axis\" "
	    "x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>\n", L, W - R,
	    T + ph, T + ph, L, L, T, T + ph);
	g_string_append_printf(out, "<text class=\"title\" x=\"%.1f\" "
	    "y=\"%.1f\" text-anchor=\"middle\">%s</text>\n<text "
	    "class=\"title\" transform=\"translate(14 %.1f) rotate(-90)\" "
	    "text-anchor=\"middle\">%s</text>\n</svg>\n", L + pw / 2, H - 10,
	    c->xtitle, T + ph / 2, c->ytitle);
}

static void
html_volume(GString *out, const struct report *r)
{
	const char **labels = g_new0(const char *, r->ndays + 1);
	const char **tips = g_new0(const char *, r->ndays + 1);
	long long (*n)[LEVEL_COUNT] = g_malloc0_n(r->ndays + 1,
	    sizeof(*n));
	struct html_stack c = { "volume", 1000, 320, "messages", "day",
	    r->ndays,
	    labels, (const long long (*)[LEVEL_COUNT])n, tips };

	for (size_t i = 0; i < r->ndays; i++) {
		labels[i] = r->days[i].day + 5;	/* MM-DD */
		tips[i] = r->days[i].day;
		memcpy(n[i], r->days[i].n, sizeof(n[i]));
	}
	g_string_append(out, "<section><h2>Volume per day, by priority</h2>\n");
	html_legend(out);
	html_stacked(out, &c);
	g_string_append(out, "</section>\n");
	g_free(labels);
	g_free(tips);
	g_free(n);
}

static void
html_response(GString *out, const struct report *r)
{
	const char *labels[REPORT_HIST_BINS];
	char *tips[REPORT_HIST_BINS];
	long long n[REPORT_HIST_BINS][LEVEL_COUNT];
	struct html_stack c = { "response", 560, 300, "tickets",
	    "hours to first response", REPORT_HIST_BINS, labels,
	    (const long long (*)[LEVEL_COUNT])n, (const char *const *)tips };

	for (size_t k = 0; k < REPORT_HIST_BINS; k++) {
		labels[k] = report_hist_label(k);
		tips[k] = g_strdup_printf("answered in %s", labels[k]);
		for (int i = 0; i < LEVEL_COUNT; i++)
			n[k][i] = r->hist[i][k];
	}
	g_string_append(out, "<section><h2>Time to first response</h2>\n");
	html_legend(out);
	html_stacked(out, &c);
	g_string_append(out, "</section>\n");
	for (size_t k = 0; k < REPORT_HIST_BINS; k++)
		g_free(tips[k]);
}

/* Horizontal bars, one per priority, on a 0-100% track. */
static void
html_sla_chart(GString *out, const struct report *r)
{
	const double W = 560, L = 80, R = 150, T = 10, RH = 44, B = 50;
	double pw = W - L - R, H = T + RH * LEVEL_COUNT + B, y, pct;

	g_string_append(out, "<section><h2>SLA attainment by priority</h2>\n"
	    "<p class=\"note\">Tickets answered by their due time, of those "
	    "answered or overdue; pending tickets (not yet due) left out.</p>\n");
	g_string_append_printf(out, "<svg id=\"sla\" viewBox=\"0 0 %.0f %.0f\" "
	    "role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n", W, H);
	for (int v = 0; v <= 100; v += 25) {
		double x = L + pw * v / 100;
		g_string_append_printf(out, "<line class=\"grid\" x1=\"%.1f\" "
		    "x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/><text x=\"%.1f\" "
		    "y=\"%.1f\" text-anchor=\"middle\">%d%%</text>\n", x, x, T,
		    T + RH * LEVEL_COUNT, x, T + RH * LEVEL_COUNT + 16, v);
	}
	for (int i = 0; i < LEVEL_COUNT; i++) {
		const struct report_sla *s = &r->sla[i];

		y = T + RH * i + 8;
		pct = report_sla_attainment(s);
		g_string_append_printf(out, "<text x=\"%.1f\" y=\"%.1f\" "
		    "text-anchor=\"end\">%s</text>\n<rect class=\"track\" "
		    "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"26\"/>\n",
		    L - 8, y + 17, mt_level_name(i), L, y, pw);
		if (pct < 0) {
			g_string_append_printf(out, "<text x=\"%.1f\" "
			    "y=\"%.1f\" class=\"title\">no ticket answered or "
			    "due yet (%lld pending)</text>\n", L + 8, y + 17,
			    s->pending);
			continue;
		}
		g_string_append_printf(out, "<rect class=\"bar\" "
		    "data-level=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"26\" fill=\"%s\"><title>%s: %lld of %lld in "
		    "time</title></rect>\n<text x=\"%.1f\" y=\"%.1f\">"
		    "<tspan font-weight=\"600\">%.1f%%</tspan> %lld/%lld",
		    mt_level_name(i), L, y, pw * pct / 100, html_colour[i],
		    mt_level_name(i), s->in_time, s->answered + s->overdue,
		    L + pw + 8, y + 17, pct, s->in_time,
		    s->answered + s->overdue);
		if (s->pending > 0)
			g_string_append_printf(out, " (%lld pending)",
			    s->pending);
		g_string_append(out, "</text>\n");
	}
	g_string_append_printf(out, "<line class=\"axis\" x1=\"%.1f\" "
	    "x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>\n<text class=\"title\" "
	    "x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">answered in time "
	    "(%%)</text>\n</svg>\n</section>\n", L, L, T,
	    T + RH * LEVEL_COUNT, L + pw / 2, H - 8);
}

static void
html_card(GString *out, const char *key, const char *value, int bad)
{
	g_string_append_printf(out, "<div class=\"card%s\"><div class=\"v\">",
	    bad ? " bad" : "");
	html_text(out, value);
	g_string_append(out, "</div><div class=\"k\">");
	html_text(out, key);
	g_string_append(out, "</div></div>\n");
}

static void
html_cards(GString *out, const struct report *r)
{
	const struct report_sla *all = &r->sla[REPORT_ALL];
	double pct = report_sla_attainment(all);
	char buf[64];

	g_string_append(out, "<div class=\"cards\">\n");
	g_snprintf(buf, sizeof(buf), "%lld", r->messages);
	html_card(out, "messages", buf, 0);
	g_snprintf(buf, sizeof(buf), "%lld", r->tickets);
	html_card(out, "tickets", buf, 0);
	if (pct < 0)
		g_strlcpy(buf, "-", sizeof(buf));
	else
		g_snprintf(buf, sizeof(buf), "%.1f%%", pct);
	html_card(out, "SLA attainment", buf, pct >= 0 && pct < 90);
	report_duration(report_percentile(r->resp[REPORT_ALL],
	    r->nresp[REPORT_ALL], 50), buf, sizeof(buf));
	html_card(out, "median first response", buf, 0);
	report_duration(report_percentile(r->resp[REPORT_ALL],
	    r->nresp[REPORT_ALL], 90), buf, sizeof(buf));
	html_card(out, "p90 first response", buf, 0);
	g_snprintf(buf, sizeof(buf), "%lld", all->overdue);
	html_card(out, "overdue, unanswered", buf, all->overdue > 0);
	g_snprintf(buf, sizeof(buf), "%lld", r->escalations);
	html_card(out, r->escalations_tracked ? "escalations" :
	    "escalations (not tracked)", buf, 0);
	g_snprintf(buf, sizeof(buf), "%lld (%lld tickets)", r->incidents,
	    r->incident_tickets);
	html_card(out, "incidents", buf, r->incidents_open > 0);
	g_string_append(out, "</div>\n");
}

static void
html_prio(GString *out, int level)
{
	if (level < 0 || level >= LEVEL_COUNT) {
		g_string_append(out, "?");
		return;
	}
	g_string_append_printf(out, "<span class=\"prio\" style=\"background:"
	    "%s\">%s</span>", html_colour[level], mt_level_name(level));
}

/* <th> cells from a '|'-separated list; a leading '#' marks a number. */
static void
html_head(GString *out, const char *title, const char *cols)
{
	char **v = g_strsplit(cols, "|", -1);

	g_string_append(out, "<section><h2>");
	html_text(out, title);
	g_string_append(out, "</h2>\n<table><thead><tr>");
	for (char **p = v; *p != NULL; p++)
		g_string_append_printf(out, "<th%s>%s</th>", **p == '#' ?
		    " class=\"n\"" : "", **p == '#' ? *p + 1 : *p);
	g_string_append(out, "</tr></thead><tbody>\n");
	g_strfreev(v);
}

static void
html_tail(GString *out)
{
	g_string_append(out, "</tbody></table></section>\n");
}

static void
html_sla_table(GString *out, const struct report *r)
{
	char m[32], p[32], pct[16];
	double a;

	html_head(out, "SLA and response times", "priority|#tickets|#in time|"
	    "#late|#overdue|#pending|#attainment|#median|#p90");
	for (int i = 0; i <= LEVEL_COUNT; i++) {
		const struct report_sla *s = &r->sla[i];

		a = report_sla_attainment(s);
		if (a < 0)
			g_strlcpy(pct, "-", sizeof(pct));
		else
			g_snprintf(pct, sizeof(pct), "%.1f%%", a);
		g_string_append(out, "<tr><td>");
		if (i == REPORT_ALL)
			g_string_append(out, "<b>all</b>");
		else
			html_prio(out, i);
		g_string_append_printf(out, "</td><td class=\"n\">%lld</td>"
		    "<td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
		    "<td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
		    "<td class=\"n\">%s</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%s</td></tr>\n", s->tickets, s->in_time,
		    s->late, s->overdue, s->pending, pct,
		    report_duration(report_percentile(r->resp[i], r->nresp[i],
		    50), m, sizeof(m)),
		    report_duration(report_percentile(r->resp[i], r->nresp[i],
		    90), p, sizeof(p)));
	}
	html_tail(out);
}

/* Next reply and resolution attainment side by side, by level. */
static void
html_targets(GString *out, const struct report *r)
{
	const struct report_sla *tab[] = { r->reply, r->resolve };
	char pct[2][16];

	if (r->reply[REPORT_ALL].tickets + r->resolve[REPORT_ALL].tickets == 0)
		return;
	html_head(out, "Next reply and resolution", "priority|#next replies|"
	    "#in time|#overdue|#attainment|#tickets|#resolved in time|"
	    "#overdue|#attainment");
	for (int i = 0; i <= LEVEL_COUNT; i++) {
		for (int k = 0; k < 2; k++) {
			double a = report_sla_attainment(&tab[k][i]);

			if (a < 0)
				g_strlcpy(pct[k], "-", sizeof(pct[k]));
			else
				g_snprintf(pct[k], sizeof(pct[k]), "%.1f%%", a);
		}
		g_string_append(out, "<tr><td>");
		if (i == REPORT_ALL)
			g_string_append(out, "<b>all</b>");
		else
			html_prio(out, i);
		g_string_append(out, "</td>");
		for (int k = 0; k < 2; k++)
			g_string_append_printf(out, "<td class=\"n\">%lld</td>"
			    "<td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
			    "<td class=\"n\">%s</td>", tab[k][i].tickets,
			    tab[k][i].in_time, tab[k][i].overdue, pct[k]);
		g_string_append(out, "</tr>\n");
	}
	html_tail(out);
}

/* One row per count: its key, escaped, and the number. */
static void
html_count_rows(GString *out, const struct report_count *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		g_string_append(out, "<tr><td>");
		html_text(out, c[i].key);
		g_string_append_printf(out, "</td><td class=\"n\">%lld</td>"
		    "</tr>\n", c[i].n);
	}
}

static void
html_counts(GString *out, const struct report *r)
{
	g_string_append(out, "<div class=\"tables\">\n");
	html_head(out, "Messages by priority", "priority|#messages");
	for (int i = 0; i < LEVEL_COUNT; i++) {
		g_string_append(out, "<tr><td>");
		html_prio(out, i);
		g_string_append_printf(out, "</td><td class=\"n\">%lld</td>"
		    "</tr>\n", r->by_priority[i]);
	}
	html_tail(out);
	html_head(out, "Messages by signal", "signal|#messages");
	for (int i = 0; i <= SIG_COUNT; i++)
		g_string_append_printf(out, "<tr><td>%s</td><td class=\"n\">"
		    "%lld</td></tr>\n", i == REPORT_NONE ? "none" :
		    mt_signal_name(i), r->by_signal[i]);
	html_tail(out);
	html_head(out, "Top repeat senders", "sender|#messages");
	html_count_rows(out, r->senders, r->nsenders);
	if (r->nsenders == 0)
		g_string_append(out, "<tr><td colspan=\"2\">no sender wrote "
		    "twice</td></tr>\n");
	html_tail(out);
	html_head(out, "Top domains", "domain|#messages");
	html_count_rows(out, r->domains, r->ndomains);
	html_tail(out);
	if (r->nteams > 0) {
		html_head(out, "Teams", "team|#tickets|#in time|#late|"
		    "#overdue|#pending");
		for (size_t i = 0; i < r->nteams; i++) {
			const struct report_sla *s = &r->teams[i].sla;

			g_string_append(out, "<tr><td>");
			html_text(out, r->teams[i].folder);
			g_string_append_printf(out, "</td><td class=\"n\">%lld"
			    "</td><td class=\"n\">%lld</td><td class=\"n\">"
			    "%lld</td><td class=\"n\">%lld</td><td class=\"n\">"
			    "%lld</td></tr>\n", s->tickets, s->in_time, s->late,
			    s->overdue, s->pending);
		}
		html_tail(out);
	}
	html_head(out, "Corrections by agents", "what|#count");
	g_string_append_printf(out, "<tr><td>total</td><td class=\"n\">%lld"
	    "</td></tr>\n<tr><td>raised</td><td class=\"n\">%lld</td></tr>\n"
	    "<tr><td>lowered</td><td class=\"n\">%lld</td></tr>\n",
	    r->corrections, r->corrected_up, r->corrected_down);
	html_count_rows(out, r->corrected_rules, r->ncorrected_rules);
	html_tail(out);
	html_head(out, "Automatic mail (no tickets)", "kind|#messages");
	for (int k = 1; k < AUTO_COUNT; k++)
		g_string_append_printf(out, "<tr><td>%s</td><td class=\"n\">"
		    "%lld</td></tr>\n", auto_kind_name(k), r->auto_n[k]);
	html_tail(out);
	html_head(out, "Undeliverable addresses", "address|#bounces|status");
	for (size_t i = 0; i < r->nbounced; i++) {
		g_string_append(out, "<tr><td>");
		html_text(out, r->bounced[i].address);
		g_string_append_printf(out, "</td><td class=\"n\">%lld</td><td>",
		    r->bounced[i].bounces);
		html_text(out, r->bounced[i].status != NULL ?
		    r->bounced[i].status : "");
		g_string_append(out, "</td></tr>\n");
	}
	html_tail(out);
	g_string_append(out, "</div>\n");
}

static void
html_overdue(GString *out, const struct report *r)
{
	char title[96], due[32];
	struct tm tm;

	g_snprintf(title, sizeof(title), "Overdue and not answered (%lld)",
	    r->noverdue_total);
	html_head(out, title, "ticket|priority|due|from|subject");
	for (size_t i = 0; i < r->noverdue; i++) {
		const struct report_ticket *o = &r->overdue[i];

		localtime_r(&o->sla_due, &tm);
		strftime(due, sizeof(due), "%Y-%m-%d %H:%M", &tm);
		g_string_append_printf(out, "<tr><td>#%lld</td><td>", o->id);
		html_prio(out, o->level);
		g_string_append_printf(out, "</td><td>%s</td><td>", due);
		html_text(out, o->from_addr);
		g_string_append(out, "</td><td>");
		html_text(out, o->subject);
		g_string_append(out, "</td></tr>\n");
	}
	if (r->noverdue == 0)
		g_string_append(out, "<tr><td colspan=\"5\">none</td></tr>\n");
	html_tail(out);
}

static void
html_rules(GString *out, const struct report *r)
{
	html_head(out, "Rule hits", "rule|#messages|");
	for (size_t i = 0; i < r->nrules; i++) {
		const struct report_rule *ru = &r->rules[i];

		g_string_append_printf(out, "<tr%s><td>", ru->hits == 0 ?
		    " class=\"never\"" : "");
		html_text(out, ru->id);
		g_string_append_printf(out, "</td><td class=\"n\">%lld</td>"
		    "<td>%s</td></tr>\n", ru->hits, ru->hits == 0 ?
		    "<span class=\"badge\">never fired</span>" : !ru->loaded ?
		    "<span class=\"badge\">not in the filters now</span>" : "");
	}
	html_tail(out);
}

static void
html_days(GString *out, const struct report *r)
{
	g_string_append(out, "<section><details><summary>Messages per day "
	    "(table)</summary>\n<table><thead><tr><th>day</th>");
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_string_append_printf(out, "<th class=\"n\">%s</th>",
		    mt_level_name(i));
	g_string_append(out, "<th class=\"n\">total</th></tr></thead><tbody>\n");
	for (size_t d = 0; d < r->ndays; d++) {
		const long long *n = r->days[d].n;
		g_string_append_printf(out, "<tr><td>%s</td>", r->days[d].day);
		for (int i = 0; i < LEVEL_COUNT; i++)
			g_string_append_printf(out, "<td class=\"n\">%lld</td>",
			    n[i]);
		g_string_append_printf(out, "<td class=\"n\">%lld</td></tr>\n",
		    n[0] + n[1] + n[2] + n[3]);
	}
	g_string_append(out, "</tbody></table></details></section>\n");
}

void
report_html(GString *out, const struct report *r)
{
	char *period = report_period_text(r);
	char now[32];
	struct tm tm;

	localtime_r(&r->now, &tm);
	strftime(now, sizeof(now), "%Y-%m-%d %H:%M", &tm);
	g_string_append(out, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width,initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" "
	    "content=\"default-src 'none'; style-src 'unsafe-inline'; "
	    "img-src data:\">\n<title>Support triage report: ");
	html_text(out, period);
	g_string_append_printf(out, "</title>\n<style>%s</style></head>\n"
	    "<body><main>\n<h1>Support triage report</h1>\n<p class=\"sub\">",
	    html_css);
	html_text(out, period);
	g_string_append_printf(out, " &middot; as of %s</p>\n", now);
	html_cards(out, r);
	html_volume(out, r);
	g_string_append(out, "<div class=\"row\">\n");
	html_sla_chart(out, r);
	html_response(out, r);
	g_string_append(out, "</div>\n");
	html_sla_table(out, r);
	html_targets(out, r);
	html_overdue(out, r);
	html_counts(out, r);
	html_rules(out, r);
	html_days(out, r);
	g_string_append(out, "<footer>mailtriage " MT_VERSION " &middot; "
	    "SLA attainment = answered in time / (answered + overdue "
	    "unanswered); median and p90 are nearest-rank.</footer>\n"
	    "</main></body></html>\n");
	g_free(period);
}
