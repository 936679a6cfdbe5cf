/* Small shared types: the signals, the priority levels, and their names.
 * The only header most modules share. */
#ifndef MT_H
#define MT_H

#include <stddef.h>

#define MT_VERSION "0.1.0"

/* The four signals, in order of precedence (safety first). */
enum mt_signal {
	SIG_SAFETY,
	SIG_OUTAGE,
	SIG_PAYMENT,
	SIG_ACCOUNT,
	SIG_COUNT
};

/* Priority levels, most urgent first. */
enum mt_level {
	LEVEL_CRITICAL,
	LEVEL_HIGH,
	LEVEL_MEDIUM,
	LEVEL_LOW,
	LEVEL_COUNT
};

/* Customer tiers, lowest first. */
enum mt_tier {
	TIER_NONE,
	TIER_FREE,
	TIER_BUSINESS,
	TIER_ENTERPRISE,
	TIER_VIP,
	TIER_COUNT
};

const char *mt_signal_name(enum mt_signal s);	/* "safety" ... */
int mt_signal_parse(const char *name);		/* enum value or -1 */
const char *mt_level_name(enum mt_level l);	/* "critical" ... */
int mt_level_parse(const char *name);		/* enum value or -1 */
const char *mt_tier_name(enum mt_tier t);	/* "none", "free" ... */
int mt_tier_parse(const char *name);		/* enum value or -1 */

/* Signals as a bit mask: 1u << SIG_x. Writes "safety,outage" or "none"
 * into buf (at least 40 bytes). Returns buf. */
char *mt_signals_format(unsigned mask, char *buf, size_t size);

/* A crash point for the end-to-end tests: in a test build (CMake
 * MT_TEST_HOOKS) the process dies like a power cut (exit 75, nothing
 * flushed) the n-th time it reaches the point, n the value of
 * MAILTRIAGE_TEST_CRASH_<point> ("1": the first); release builds have
 * no such code. */
#ifdef MT_TEST_HOOKS
void mt_test_crash(const char *point);
#else
#define mt_test_crash(point) ((void)0)
#endif

#endif
