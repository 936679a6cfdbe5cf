/* The priority decision, as a senior support lead would make it:
 *   1. the strongest signal sets the base level (safety > outage >
 *      payment > account; none -> the configured level);
 *   2. context moves it: business impact, urgency, customer tier,
 *      frustration, a how-to question, relief such as no hurry (down),
 *      an outage still usable (a workaround, only slow: down), repeat
 *      contacts — each by its
 *      configured number of levels, all together by at most max_raise;
 *   3. critical needs safety, or an outage with business impact, unless
 *      critical_by_modifiers says otherwise;
 *   4. a follow-up keeps at least its ticket's level;
 *   5. the SLA runs from the ticket's first message. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "conf.h"
#include "holiday.h"
#include "priority.h"

/* Appends "; text" to the reasons. */
static void priority_reason(struct priority_decision *out, const char *fmt,
    ...) __attribute__((format(printf, 2, 3)));

static void
priority_reason(struct priority_decision *out, const char *fmt, ...)
{
	size_t off = strlen(out->reasons);
	va_list ap;

	if (off > 0 && off + 2 < sizeof(out->reasons)) {
		memcpy(out->reasons + off, "; ", 3);
		off += 2;
	}
	va_start(ap, fmt);
	vsnprintf(out->reasons + off, sizeof(out->reasons) - off, fmt, ap);
	va_end(ap);
}

/* A modifier of n levels; returns what it adds. */
static int
priority_modifier(struct priority_decision *out, int n, const char *what,
    const char *detail)
{
	if (n == 0)
		return 0;
	priority_reason(out, "%s:%s %+d", what, detail, n);
	return n;
}

void
priority_decide(const struct conf *c, const struct priority_input *in,
    struct priority_decision *out)
{
	const struct conf_modifiers *m = &c->mod;
	int level = c->none_level, base, raise = 0, have = 0;
	char buf[64];

	memset(out, 0, sizeof(*out));
	for (int s = 0; s < SIG_COUNT; s++) {
		if (!(in->signals & (1u << s)))
			continue;
		if (!have || (int)c->signal_level[s] < level)
			level = c->signal_level[s];
		have = 1;
	}
	if (have) {
		for (int s = 0; s < SIG_COUNT; s++)
			if (in->signals & (1u << s)) {
				priority_reason(out, "%s -> %s",
				    mt_signal_name(s),
				    mt_level_name(c->signal_level[s]));
				break;
			}
	} else
		priority_reason(out, "no signal -> %s", mt_level_name(level));
	base = level;

	/* Impact and urgency qualify a problem; without a signal there is
	 * none to raise ("thanks to the whole team"). */
	if (in->impact != NULL && have)
		raise += priority_modifier(out, m->impact, "impact", in->impact);
	if (in->urgency != NULL && have)
		raise += priority_modifier(out, m->urgency, "urgency",
		    in->urgency);
	if (in->relief != NULL && !(in->signals & (1u << SIG_SAFETY)))
		raise += priority_modifier(out, m->relief, "relief",
		    in->relief);
	/* A workaround or a mere slowdown says the product is still usable:
	 * that lowers an outage (high: use is blocked) but not a payment or
	 * account problem, whose medium already means "use continues". It
	 * says what relief says (it can wait): the two count once. */
	if (in->usable != NULL && in->relief == NULL &&
	    (in->signals & (1u << SIG_OUTAGE)) &&
	    !(in->signals & (1u << SIG_SAFETY)))
		raise += priority_modifier(out, m->usable, "usable",
		    in->usable);
	if (in->tier > 0 && (size_t)in->tier < c->ntiers &&
	    in->tier_source != NULL) {
		snprintf(buf, sizeof(buf), "%s", conf_tier_name(c, in->tier));
		raise += priority_modifier(out, c->tiers[in->tier].modifier,
		    "tier", buf);
	}
	/* Anger raises a problem; a complaint with none (a rude driver, a
	 * late brochure) stays where no signal puts it. */
	if (in->frustration != NULL && have)
		raise += priority_modifier(out, m->frustration, "frustration",
		    in->frustration);
	if (in->howto && !(in->signals & (1u << SIG_SAFETY)))
		raise += priority_modifier(out, m->howto, "howto", "question");
	if (in->contacts >= (long long)m->repeat_count) {
		snprintf(buf, sizeof(buf), "%lld in %gh", in->contacts,
		    m->repeat_window_hours);
		raise += priority_modifier(out, m->repeat, "repeat", buf);
	}
	if (raise > m->max_raise) {
		priority_reason(out, "capped at %+d", m->max_raise);
		raise = m->max_raise;
	}
	level = CLAMP(base - raise, LEVEL_CRITICAL, LEVEL_LOW);

	if (level == LEVEL_CRITICAL && base != LEVEL_CRITICAL &&
	    !m->critical_by_modifiers &&
	    !((in->signals & (1u << SIG_OUTAGE)) && in->impact != NULL)) {
		level = LEVEL_HIGH;
		priority_reason(out, "critical needs safety or an outage with "
		    "impact");
	}
	if (in->ticket > 0 && (int)in->ticket_level < level) {
		level = in->ticket_level;
		priority_reason(out, "follow-up of #%lld keeps %s", in->ticket,
		    mt_level_name(level));
	} else if (in->ticket > 0)
		priority_reason(out, "follow-up of #%lld", in->ticket);
	if (level != base)
		priority_reason(out, "-> %s", mt_level_name(level));
	out->level = (enum mt_level)level;
	out->due = priority_due_for(c, in->tier, out->level, TARGET_RESPONSE,
	    in->first_arrival);
	out->reply_due = priority_due_for(c, in->tier, out->level,
	    TARGET_REPLY, in->arrived != 0 ? in->arrived : in->first_arrival);
	out->resolve_due = priority_due_for(c, in->tier, out->level,
	    TARGET_RESOLVE, in->first_arrival);
}

/* Business hours: walk the week from start, spending the target only
 * while open; a holiday is closed all day. GDateTime keeps the time zone's offsets and DST right. */
static time_t
priority_due_business(const struct conf *c, double hours, time_t start)
{
	const struct conf_schedule *s = &c->schedule;
	GTimeZone *tz = c->timezone != NULL && *c->timezone != '\0' ?
	    g_time_zone_new_identifier(c->timezone) : NULL;
	gint64 left = (gint64)(hours * 3600.0), t = start;
	int open_days = 0;

	for (int d = 0; d < 7; d++)
		open_days += s->open[d] < s->close[d];
	if (tz == NULL)
		tz = g_time_zone_new_local();
	/* At most a few years of days; a week with no hours never ends. */
	for (int guard = 0; open_days > 0 && left > 0 && guard < 3660;
	    guard++) {
		GDateTime *now = g_date_time_new_from_unix_local(t), *loc,
		    *day, *o, *cl;
		int wd;

		loc = g_date_time_to_timezone(now, tz);
		wd = g_date_time_get_day_of_week(loc) % 7;	/* Sun = 0 */
		day = g_date_time_new(tz, g_date_time_get_year(loc),
		    g_date_time_get_month(loc),
		    g_date_time_get_day_of_month(loc), 0, 0, 0);
		o = g_date_time_add_minutes(day, s->open[wd]);
		cl = g_date_time_add_minutes(day, s->close[wd]);
		gint64 to = g_date_time_to_unix(o), tc = g_date_time_to_unix(cl);
		if (s->open[wd] < s->close[wd] && t < tc &&
		    !holidays_has(c->holidays, g_date_time_get_year(loc),
		    g_date_time_get_month(loc),
		    g_date_time_get_day_of_month(loc))) {
			if (t < to)
				t = to;
			if (tc - t >= left) {
				t += left;
				left = 0;
			} else {
				left -= tc - t;
				t = tc;
			}
		}
		if (left > 0) {
			/* Next local midnight. */
			GDateTime *next = g_date_time_add_days(day, 1);
			t = g_date_time_to_unix(next);
			g_date_time_unref(next);
		}
		g_date_time_unref(o);
		g_date_time_unref(cl);
		g_date_time_unref(day);
		g_date_time_unref(loc);
		g_date_time_unref(now);
	}
	g_time_zone_unref(tz);
	return (time_t)t;
}

time_t
priority_due_for(const struct conf *c, int tier, enum mt_level level,
    enum priority_target target, time_t start)
{
	const struct conf_level *l = &c->level[level];
	const struct conf_tier *tt = tier > 0 && (size_t)tier < c->ntiers ?
	    &c->tiers[tier] : NULL;
	double h = target == TARGET_RESOLVE ? l->resolve_hours :
	    target == TARGET_REPLY && l->reply_hours > 0 ? l->reply_hours :
	    l->sla_hours;

	/* The tier's own target; a next reply without one of its own
	 * follows its first response target. */
	if (tt != NULL && tt->hours[target][level] > 0)
		h = tt->hours[target][level];
	else if (tt != NULL && target == TARGET_REPLY &&
	    l->reply_hours <= 0 && tt->hours[TARGET_RESPONSE][level] > 0)
		h = tt->hours[TARGET_RESPONSE][level];

	if (l->business_hours)
		return priority_due_business(c, h, start);
	return start + (time_t)(h * 3600.0);
}

time_t
priority_due(const struct conf *c, enum mt_level level, time_t start)
{
	return priority_due_for(c, 0, level, TARGET_RESPONSE, start);
}

char *
priority_format_date(time_t t, char *buf, size_t size)
{
	/* RFC 5322 names, whatever the locale says. */
	static const char *const wday[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL)
		memset(&tm, 0, sizeof(tm));
	snprintf(buf, size, "%s, %02d %s %04d %02d:%02d:%02d +0000",
	    wday[tm.tm_wday % 7], tm.tm_mday, mon[tm.tm_mon % 12],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	return buf;
}
