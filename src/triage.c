/* The classification pipeline: parse, detect, prioritise, pick a folder.
 * deliver, filter and later scan/poll/explain all go through here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "filter.h"
#include "log.h"
#include "msg.h"
#include "tag.h"
#include "triage.h"

/* Offset of the body: after the first empty line of the header block.
 * A message with no empty line is all header (body empty). */
static size_t
triage_body_offset(const char *raw, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (raw[i] != '\n')
			continue;
		if (i + 1 < len && raw[i + 1] == '\n')
			return i + 2;
		if (i + 2 < len && raw[i + 1] == '\r' && raw[i + 2] == '\n')
			return i + 3;
	}
	return len;
}

static void
triage_hash(const char *raw, size_t len, char out[65])
{
	size_t off = triage_body_offset(raw, len);
	char *hex;

	hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	    (const guchar *)raw + off, len - off);
	g_strlcpy(out, hex, 65);
	g_free(hex);
}

/* Appends to *err, "; "-separated. */
static void
triage_add_error(char **err, const char *what, const char *detail)
{
	char *s = g_strdup_printf("%s%s%s: %s", *err ? *err : "",
	    *err ? "; " : "", what, detail);

	g_free(*err);
	*err = s;
}

int
triage_classify(const struct triage_ctx *ctx, const char *raw, size_t len,
    time_t arrived, struct triage *out)
{
	const struct conf *c = ctx->conf;

	memset(out, 0, sizeof(*out));
	triage_hash(raw, len, out->body_hash);
	if (len > c->max_parse_size) {
		char *d = g_strdup_printf("%zu bytes, over max_parse_size %zu",
		    len, c->max_parse_size);
		triage_add_error(&out->error, "too large to classify", d);
		g_free(d);
	} else {
		out->msg = msg_parse(raw, len);
		if (msg_error(out->msg) != NULL)
			triage_add_error(&out->error, "unparsable message",
			    msg_error(out->msg));
		if (match_run(ctx->filters, out->msg, ctx->scratch,
		    &out->match) != 0)
			return -1;
		if (out->match.error != NULL)
			triage_add_error(&out->error, "filter error",
			    out->match.error);
	}
	priority_decide(c, out->match.signals, arrived, &out->prio);
	out->folder = out->error != NULL ? c->error_folder :
	    c->level[out->prio.level].folder;
	return 0;
}

void
triage_clear(struct triage *t)
{
	msg_free(&t->msg);
	match_result_clear(&t->match);
	g_free(t->error);
	memset(t, 0, sizeof(*t));
}

/* Header values must be printable ASCII: anything else becomes '?'. */
static char *
triage_ascii(const char *s, size_t max)
{
	char *r = g_strndup(s, max);

	for (char *p = r; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			*p = '?';
	return r;
}

char *
triage_tag(const struct triage *t, long long ticket, const char *raw,
    size_t len, size_t *outlen)
{
	struct tag_field f[8];
	char sig[64], due[48], tid[32], *rules, *err = NULL, *out;
	const char *cat = "none";
	size_t n = 0;

	mt_signals_format(t->match.signals, sig, sizeof(sig));
	for (int s = 0; s < SIG_COUNT; s++)
		if (t->match.signals & (1u << s)) {
			cat = mt_signal_name(s);
			break;
		}
	rules = match_rules_list(&t->match);
	priority_format_date(t->prio.due, due, sizeof(due));
	f[n++] = (struct tag_field){ "X-Triage-Priority",
	    mt_level_name(t->prio.level) };
	f[n++] = (struct tag_field){ "X-Triage-Signals", sig };
	f[n++] = (struct tag_field){ "X-Triage-Category", cat };
	f[n++] = (struct tag_field){ "X-Triage-Rules",
	    rules != NULL && *rules != '\0' ? rules : "none" };
	f[n++] = (struct tag_field){ "X-Triage-SLA-Due", due };
	if (ticket > 0) {
		snprintf(tid, sizeof(tid), "%lld", ticket);
		f[n++] = (struct tag_field){ "X-Triage-Ticket", tid };
	}
	if (t->error != NULL) {
		err = triage_ascii(t->error, 400);
		f[n++] = (struct tag_field){ "X-Triage-Error", err };
	}
	out = tag_apply(raw, len, f, n, outlen);
	free(rules);
	g_free(err);
	return out;
}
