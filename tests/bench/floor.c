/* The floor for "scan --dry-run": the least any triage of a message must
 * do, in one process: read the file, parse it with GMime, decode every
 * text part (HTML tags dropped), and run a set of regular expressions
 * (PCRE2, JIT) over the subject and the text. No quotes told apart, no
 * language, no concepts, no priority. Built and run by floor.sh; not part
 * of the program.
 *
 * usage: floor PATTERNS_FILE FILE...   (one PCRE2 pattern per line)
 * prints: messages, seconds of CPU and matches found. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <gmime/gmime.h>
#include <pcre2.h>

static pcre2_code *pats[256];
static size_t npats;
static pcre2_match_data *md;
static unsigned long found;

static void
match(const char *s, size_t n)
{
	for (size_t i = 0; i < npats; i++)
		if (pcre2_match(pats[i], (PCRE2_SPTR)s, n, 0, 0, md, NULL) >= 0)
			found++;
}

/* The text of a part with the tags of HTML left out. */
static void
text_part(GMimeObject *part)
{
	GMimeContentType *ct = g_mime_object_get_content_type(part);
	char *t;

	if (!GMIME_IS_TEXT_PART(part) || !g_mime_content_type_is_type(ct,
	    "text", "*"))
		return;
	if ((t = g_mime_text_part_get_text(GMIME_TEXT_PART(part))) == NULL)
		return;
	if (g_mime_content_type_is_type(ct, "text", "html")) {
		char *w = t;
		int in = 0;

		for (char *r = t; *r != '\0'; r++) {
			if (*r == '<')
				in = 1;
			else if (*r == '>')
				in = 0;
			else if (!in)
				*w++ = *r;
		}
		*w = '\0';
	}
	match(t, strlen(t));
	g_free(t);
}

static void
each_part(GMimeObject *parent, GMimeObject *part, gpointer data)
{
	(void)parent;
	(void)data;
	text_part(part);
}

static int
one(const char *path)
{
	GMimeStream *s = g_mime_stream_fs_open(path, O_RDONLY, 0, NULL);
	GMimeParser *p;
	GMimeMessage *m;
	const char *subj;

	if (s == NULL)
		return -1;
	p = g_mime_parser_new_with_stream(s);
	m = g_mime_parser_construct_message(p, NULL);
	if (m != NULL) {
		if ((subj = g_mime_message_get_subject(m)) != NULL)
			match(subj, strlen(subj));
		g_mime_message_foreach(m, each_part, NULL);
		g_object_unref(m);
	}
	g_object_unref(p);
	g_object_unref(s);
	return 0;
}

int
main(int argc, char **argv)
{
	char line[4096];
	FILE *fp;
	clock_t c0;
	int n = 0;

	if (argc < 3 || (fp = fopen(argv[1], "r")) == NULL) {
		fprintf(stderr, "usage: floor PATTERNS_FILE FILE...\n");
		return 64;
	}
	while (npats < 256 && fgets(line, sizeof line, fp) != NULL) {
		int err;
		PCRE2_SIZE off;

		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		pats[npats] = pcre2_compile((PCRE2_SPTR)line,
		    PCRE2_ZERO_TERMINATED, PCRE2_CASELESS | PCRE2_UTF |
		    PCRE2_UCP, &err, &off, NULL);
		if (pats[npats] == NULL) {
			fprintf(stderr, "floor: bad pattern: %s\n", line);
			return 65;
		}
		pcre2_jit_compile(pats[npats++], PCRE2_JIT_COMPLETE);
	}
	fclose(fp);
	md = pcre2_match_data_create(1, NULL);
	g_mime_init();
	c0 = clock();
	for (int i = 2; i < argc; i++)
		if (one(argv[i]) == 0)
			n++;
	printf("%d messages %.3f s of CPU %lu matches\n", n,
	    (double)(clock() - c0) / CLOCKS_PER_SEC, found);
	g_mime_shutdown();
	return 0;
}
