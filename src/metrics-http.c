/* The metrics endpoint over libmicrohttpd (metrics-http.h). The server
 * thread only formats the collector, under the collector's own lock; it
 * never touches the ledger or logs. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include <glib.h>
#include <microhttpd.h>

#include "conf.h"
#include "metrics-http.h"
#include "metrics.h"
#include "module.h"

MT_MODULE;

#define METRICS_HTTP_TYPE "text/plain; version=0.0.4; charset=utf-8"
#define METRICS_HTTP_CONNECTIONS 16	/* a scraper or two, and curl */
#define METRICS_HTTP_TIMEOUT 10		/* seconds a client may idle */

struct metrics_http {
	struct MHD_Daemon *d;
	struct metrics *m;
};

/* Queues body (taken: freed by the server) with status. */
static enum MHD_Result
metrics_http_reply(struct MHD_Connection *c, unsigned status, char *body,
    const char *type)
{
	struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(
	    strlen(body), body, g_free);
	enum MHD_Result ret;

	if (r == NULL) {
		g_free(body);
		return MHD_NO;
	}
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result
metrics_http_answer(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_size, void **req_cls)
{
	struct metrics_http *h = cls;

	(void)version;
	(void)upload_data;
	(void)req_cls;
	/* A request body is not read: refused below, before it comes. */
	if (*upload_size != 0)
		return MHD_NO;
	if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 &&
	    strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
		return metrics_http_reply(c, MHD_HTTP_METHOD_NOT_ALLOWED,
		    g_strdup("only GET /metrics\n"), "text/plain");
	if (strcmp(url, "/metrics") != 0)
		return metrics_http_reply(c, MHD_HTTP_NOT_FOUND,
		    g_strdup("not found: try /metrics\n"), "text/plain");
	return metrics_http_reply(c, MHD_HTTP_OK, metrics_format(h->m),
	    METRICS_HTTP_TYPE);
}

/* The address to bind from [metrics] listen. 0, or -1 with *err. */
static int
metrics_http_addr(const char *listen, struct sockaddr_storage *ss,
    char **err)
{
	char *addr = NULL, *msg = NULL;
	unsigned port;
	int loopback, rc = 0;

	memset(ss, 0, sizeof(*ss));
	if (conf_listen_parse(listen, &addr, &port, &loopback, &msg) != 0) {
		*err = g_strdup_printf("[metrics] listen %s", msg);
		g_free(msg);
		return -1;
	}
	if (strchr(addr, ':') != NULL) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons((uint16_t)port);
		rc = inet_pton(AF_INET6, addr, &s6->sin6_addr) == 1 ? 0 : -1;
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
		s4->sin_family = AF_INET;
		s4->sin_port = htons((uint16_t)port);
		rc = inet_pton(AF_INET, addr, &s4->sin_addr) == 1 ? 0 : -1;
	}
	if (rc != 0)
		*err = g_strdup_printf("[metrics] listen %s: bad address",
		    listen);
	g_free(addr);
	return rc;
}

int
metrics_http_start_mhd(struct metrics *m, const char *listen,
    struct metrics_http **out, char **err)
{
	struct metrics_http *h;
	struct sockaddr_storage ss;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;

	*out = NULL;
	if (metrics_http_addr(listen, &ss, err) != 0)
		return -1;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	h = g_new0(struct metrics_http, 1);
	h->m = m;
	errno = 0;
	h->d = MHD_start_daemon(flags, 0, NULL, NULL, metrics_http_answer, h,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)METRICS_HTTP_CONNECTIONS,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)METRICS_HTTP_TIMEOUT,
	    MHD_OPTION_END);
	if (h->d == NULL) {
		*err = g_strdup_printf("[metrics] listen %s: cannot serve "
		    "there%s%s", listen, errno != 0 ? ": " : "",
		    errno != 0 ? g_strerror(errno) : "");
		g_free(h);
		return -1;
	}
	*out = h;
	return 0;
}

void
metrics_http_stop_mhd(struct metrics_http **hp)
{
	struct metrics_http *h;

	if (hp == NULL || (h = *hp) == NULL)
		return;
	MHD_stop_daemon(h->d);
	g_free(h);
	*hp = NULL;
}
