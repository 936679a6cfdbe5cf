/* mailtriage list: the ledger's messages as a table, oldest first. */
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "ledger.h"
#include "log.h"

/* Pads or cuts s to width display columns (UTF-8 aware). */
static void
list_cell(GString *out, const char *s, long width)
{
	long n = g_utf8_strlen(s, -1);

	if (width > 0 && n > width) {
		const char *end = g_utf8_offset_to_pointer(s, width - 1);
		g_string_append_len(out, s, end - s);
		g_string_append(out, "…");
		n = width;
	} else
		g_string_append(out, s);
	for (; width > 0 && n < width; n++)
		g_string_append_c(out, ' ');
}

static int
list_row(const struct ledger_row *r, void *arg)
{
	GString *line = g_string_new(NULL);
	char *subj = g_strdup(r->subject != NULL ? r->subject : "");

	/* One line per message: no control characters from a subject. */
	for (char *p = subj; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	list_cell(line, *r->folder ? r->folder : "INBOX", 16);
	g_string_append_c(line, ' ');
	list_cell(line, r->priority, 9);
	g_string_append_c(line, ' ');
	list_cell(line, r->signals, 15);
	g_string_append_c(line, ' ');
	list_cell(line, subj, 0);
	printf("%s\n", line->str);
	g_string_free(line, TRUE);
	g_free(subj);
	(*(size_t *)arg)++;
	return 0;
}

static int
list_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_common co;
	struct cmd_env env;
	struct ledger *l = NULL;
	char *err = NULL;
	size_t n = 0;
	int rc;

	if ((rc = cmd_parse(self, &argc, &argv, NULL, &co)) != 0) {
		cmd_common_clear(&co);
		return rc < 0 ? 0 : rc;
	}
	if ((rc = cmd_load(&co, 0, &env)) != 0)
		goto out;
	if ((rc = cmd_ledger_exists(env.conf)) != 0 ||
	    (rc = cmd_ledger_open(env.conf, &l)) != 0)
		goto out;
	printf("%-16s %-9s %-15s %s\n", "FOLDER", "PRIORITY", "SIGNALS",
	    "SUBJECT");
	if (ledger_each_message(l, list_row, &n, &err) != 0) {
		log_error("%s", err);
		rc = EX_TEMPFAIL;
	}
out:
	g_free(err);
	ledger_close(&l);
	if (env.conf != NULL)
		cmd_env_free(&env);
	cmd_common_clear(&co);
	return rc;
}

const struct cmd_entry cmd_list_entry = {
	"list", "[-c FILE] [--maildir DIR]",
	"Print the messages in the ledger as a table: folder, priority, "
	"signals, subject.",
	list_exec,
};
