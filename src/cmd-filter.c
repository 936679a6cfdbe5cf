/* mailtriage filter: the pipeline without delivery and without the
 * ledger. The tagged message goes to stdout (procmail ":0 fw"). The whole
 * output is built before a byte is written, so a failure leaves nothing
 * half-written. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "log.h"
#include "triage.h"

static int
filter_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	const struct cmd_env *env = &cx->env;
	struct triage t;
	char *raw = NULL, *out = NULL;
	size_t len = 0, olen = 0;
	int rc = 0;

	(void)argc;
	(void)argv;
	if (cmd_read_all(STDIN_FILENO, &raw, &len) != 0) {
		log_error("reading stdin: %s", g_strerror(errno));
		rc = EX_IOERR;
		goto out;
	}
	struct triage_ctx ctx = { env->conf, env->filters, env->scratch,
	    env->tiers };
	if (triage_classify(&ctx, raw, len, time(NULL), &t) != 0) {
		rc = EX_TEMPFAIL;
		goto out;
	}
	if (t.error != NULL)
		log_warn("%s", t.error);
	out = triage_tag(&t, 0, raw, len, &olen);
	triage_clear(&t);
	if (cmd_write_all(STDOUT_FILENO, out, olen) != 0) {
		log_error("writing stdout: %s", g_strerror(errno));
		rc = EX_IOERR;
	}
out:
	free(out);
	g_free(raw);
	return rc;
}

const struct cmd_entry cmd_filter_entry = {
	"filter", "[-c FILE] < MESSAGE > TAGGED",
	"Classify one message from stdin and write it, tagged with "
	"X-Triage-* headers, to stdout (no delivery, no ledger).",
	CMD_FILTERS, 0, NULL, NULL, filter_exec, NULL,
};
