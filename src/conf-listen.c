/* [metrics] listen (conf.h): parsed without a name lookup, so that
 * check, poll and the HTTP server agree on what it means. */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "conf.h"

/* Whether the IPv4 or IPv6 literal a is a loopback address. -1: neither
 * literal. */
static int
conf_listen_loopback(const char *a)
{
	struct in_addr v4;
	struct in6_addr v6;

	if (inet_pton(AF_INET, a, &v4) == 1)
		return (ntohl(v4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, a, &v6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&v6);
	return -1;
}

int
conf_listen_parse(const char *spec, char **addr, unsigned *port,
    int *loopback, char **msg)
{
	const char *colon;
	char *a, *end;
	unsigned long p;

	*addr = NULL;
	if (spec[0] == '[') {	/* [IPv6]:PORT */
		const char *close = strchr(spec, ']');
		colon = close != NULL && close[1] == ':' ? close + 1 : NULL;
		a = colon != NULL ? g_strndup(spec + 1, close - spec - 1) :
		    NULL;
	} else {
		colon = strrchr(spec, ':');
		a = colon != NULL ? g_strndup(spec, colon - spec) : NULL;
	}
	if (a == NULL) {
		*msg = g_strdup_printf("\"%s\": write HOST:PORT, e.g. "
		    "127.0.0.1:9187 or [::1]:9187", spec);
		return -1;
	}
	if (strcmp(a, "localhost") == 0) {
		g_free(a);
		a = g_strdup("127.0.0.1");
	}
	p = strtoul(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || p == 0 || p > 65535) {
		*msg = g_strdup_printf("\"%s\": the port must be 1-65535",
		    spec);
		g_free(a);
		return -1;
	}
	if ((*loopback = conf_listen_loopback(a)) < 0) {
		*msg = g_strdup_printf("\"%s\": the host must be an IP address "
		    "(or localhost): names are not looked up", spec);
		g_free(a);
		return -1;
	}
	*addr = a;
	*port = (unsigned)p;
	return 0;
}
