/* The priority decision. This first policy maps the strongest signal to
 * its configured level; context modifiers come with the history work. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "conf.h"
#include "priority.h"

void
priority_decide(const struct conf *c, unsigned signals, time_t arrived,
    struct priority_decision *out)
{
	enum mt_level level = c->none_level;
	size_t off = 0;

	memset(out, 0, sizeof(*out));
	/* The most urgent level any fired signal maps to; ties go to the
	 * signal of higher precedence, which is named first. */
	for (int s = 0; s < SIG_COUNT; s++) {
		if (!(signals & (1u << s)))
			continue;
		if (off == 0 || c->signal_level[s] < level)
			level = c->signal_level[s];
		int n = snprintf(out->reasons + off, sizeof(out->reasons) - off,
		    "%s%s -> %s", off ? "; " : "", mt_signal_name(s),
		    mt_level_name(c->signal_level[s]));
		if (n > 0 && (size_t)n < sizeof(out->reasons) - off)
			off += (size_t)n;
	}
	if (off == 0)
		snprintf(out->reasons, sizeof(out->reasons), "no signal -> %s",
		    mt_level_name(level));
	out->level = level;
	out->due = arrived + (time_t)(c->level[level].sla_hours * 3600.0);
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
