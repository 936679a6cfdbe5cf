/* Names of the signals and levels. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "log.h"
#include "mt.h"

static const char *const signal_names[SIG_COUNT] = {
	"safety", "outage", "payment", "account",
};

static const char *const level_names[LEVEL_COUNT] = {
	"critical", "high", "medium", "low",
};

static const char *const tier_names[TIER_COUNT] = {
	"none", "free", "business", "enterprise", "vip",
};

const char *
mt_tier_name(enum mt_tier t)
{
	return (unsigned)t < TIER_COUNT ? tier_names[t] : "?";
}

int
mt_tier_parse(const char *name)
{
	for (int i = 0; name != NULL && i < TIER_COUNT; i++)
		if (strcasecmp(name, tier_names[i]) == 0)
			return i;
	return -1;
}

const char *
mt_signal_name(enum mt_signal s)
{
	return (unsigned)s < SIG_COUNT ? signal_names[s] : "?";
}

int
mt_signal_parse(const char *name)
{
	for (int i = 0; name != NULL && i < SIG_COUNT; i++)
		if (strcasecmp(name, signal_names[i]) == 0)
			return i;
	return -1;
}

const char *
mt_level_name(enum mt_level l)
{
	return (unsigned)l < LEVEL_COUNT ? level_names[l] : "?";
}

int
mt_level_parse(const char *name)
{
	for (int i = 0; name != NULL && i < LEVEL_COUNT; i++)
		if (strcasecmp(name, level_names[i]) == 0)
			return i;
	return -1;
}

char *
mt_signals_format(unsigned mask, char *buf, size_t size)
{
	size_t off = 0;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	for (int i = 0; i < SIG_COUNT; i++) {
		if (!(mask & (1u << i)))
			continue;
		int n = snprintf(buf + off, size - off, "%s%s",
		    off ? "," : "", signal_names[i]);
		if (n < 0 || (size_t)n >= size - off)
			break;
		off += (size_t)n;
	}
	if (off == 0)
		snprintf(buf, size, "none");
	return buf;
}

#ifdef MT_TEST_HOOKS
void
mt_test_crash(const char *point)
{
	/* How often each point was reached in this process. */
	static struct {
		char name[64];
		long n;
	} seen[16];
	char name[64];
	const char *v;
	long at;
	size_t i;

	snprintf(name, sizeof(name), "MAILTRIAGE_TEST_CRASH_%s", point);
	if ((v = getenv(name)) == NULL || (at = strtol(v, NULL, 10)) < 1)
		return;
	for (i = 0; i < 16 && seen[i].name[0] != '\0' &&
	    strcmp(seen[i].name, name) != 0; i++)
		;
	if (i == 16)
		return;
	snprintf(seen[i].name, sizeof(seen[i].name), "%s", name);
	if (++seen[i].n == at) {
		log_warn("%s: exiting", name);
		_exit(75);
	}
}
#endif
