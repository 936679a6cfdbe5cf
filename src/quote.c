/* Splitting a plain-text mail body into the new text, the quoted reply
 * history and the signature. Line based; the look-ahead is bounded, so
 * the work is linear in the input. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "quote.h"

#define QUOTE_ATTR_MAX	400	/* longest attribution, in bytes */
#define QUOTE_CONT_MAX	40	/* longest "20:21:" continuation line */
#define QUOTE_FWD_LINES	8	/* header lines after a forward marker */
#define QUOTE_SIG_MAX	20	/* a longer "signature" is taken as text */

enum quote_zone { QZ_BODY, QZ_SIG, QZ_QUOTED, QZ_OWN, QZ_COUNT };

struct quote_line {
	const char	*p;
	size_t		 n;		/* without the line ending */
};

/* Endings of "... wrote:" attribution lines. */
static const char *const quote_wrote[] = {
	"wrote:", "writes:", "schrieb:", "a écrit :", "a écrit:",
	"escribió:", "ha scritto:", "schreef:", "escreveu:",
};

/* Openings of attributions that may be wrapped over several lines. */
static const char *const quote_on[] = { "On ", "Am ", "Le ", "El ", "Em ",
    "Il ", "Op " };

/* "-----Original Message-----" and the like: history follows. */
static const char *const quote_original[] = {
	"Original Message", "Ursprüngliche Nachricht", "Originalnachricht",
	"Message d'origine", "Mensaje original", "Mensagem original",
	"Messaggio originale", "Oorspronkelijk bericht", "Origineel bericht",
};

/* Forward markers: what follows is the customer's, kept in the body. */
static const char *const quote_forward[] = {
	"Forwarded Message", "Forwarded message", "Weitergeleitete Nachricht",
	"Message transféré", "Begin forwarded message:", "Mensaje reenviado",
	"Mensagem encaminhada", "Mensagem reencaminhada", "Messaggio inoltrato",
	"Doorgestuurd bericht",
};

/* Apple Mail's forward openings, in the seven languages. */
static const char *const quote_forward_begin[] = {
	"Begin forwarded message:", "Anfang der weitergeleiteten Nachricht:",
	"Début du message réexpédié :", "Début du message réexpédié:",
	"Inicio del mensaje reenviado:", "Início da mensagem reencaminhada:",
	"Início da mensagem encaminhada:", "Inizio messaggio inoltrato:",
	"Begin doorgestuurd bericht:",
};

/* Openings of a legal disclaimer under the mail: from there on it is
 * signature, however long ("É proibida a sua divulgação … não autorizadas"
 * is no unauthorised payment). */
static const char *const quote_disclaimer[] = {
	"CONFIDENTIALITY NOTICE", "Confidentiality notice",
	"This e-mail and any attachments",
	"This email and any attachments", "This email and any files",
	"This e-mail and any files", "This message and any attachments",
	"This message is intended only", "This email is intended only",
	"This e-mail is intended only", "The information contained in this e-mail",
	"The information contained in this email",
	"The information in this email is confidential",
	"Vertraulichkeitshinweis", "VERTRAULICHKEITSHINWEIS",
	"Diese E-Mail enthält vertrauliche", "Diese Nachricht enthält vertrauliche",
	"Diese E-Mail kann vertrauliche", "Der Inhalt dieser E-Mail ist vertraulich",
	"Haftungsausschluss",
	"AVIS DE CONFIDENTIALITÉ", "Avis de confidentialité",
	"Ce message et ses pièces jointes", "Ce message et toutes les pièces jointes",
	"Ce courriel et ses pièces jointes", "Ce message est confidentiel",
	"Ce courriel est confidentiel", "Ce message électronique et",
	"AVISO DE CONFIDENCIALIDAD", "Aviso de confidencialidad", "AVISO LEGAL",
	"Aviso legal:", "Este mensaje y sus anexos", "Este mensaje y sus archivos",
	"Este correo electrónico y", "Este mensaje es confidencial",
	"La información contenida en este mensaje",
	"La información contenida en este correo", "Este mensaje se dirige exclusivamente",
	"AVISO DE CONFIDENCIALIDADE", "Aviso de confidencialidade",
	"Esta mensagem e quaisquer", "Esta mensagem e os seus anexos",
	"Esta mensagem é confidencial", "Esta mensagem e respetivos anexos",
	"A informação contida nesta mensagem",
	"A informação contida neste e-mail", "Este e-mail e quaisquer",
	"Este email e quaisquer",
	"AVVISO DI RISERVATEZZA", "Avviso di riservatezza",
	"Questo messaggio e i suoi allegati",
	"Questo messaggio e gli eventuali allegati",
	"Questa e-mail e gli eventuali allegati", "Questa email e gli eventuali",
	"Le informazioni contenute in questo messaggio",
	"Le informazioni contenute in questa e-mail", "Questo messaggio è destinato",
	"Dit e-mailbericht is uitsluitend bestemd",
	"Dit bericht is uitsluitend bestemd",
	"Dit e-mailbericht en eventuele bijlagen",
	"De informatie in dit e-mailbericht",
	"De informatie verzonden met dit e-mailbericht",
	"Aan de inhoud van dit bericht kunnen geen rechten worden ontleend",
	"Deze e-mail en eventuele bijlagen", "Dit bericht en eventuele bijlagen",
	"Deze e-mail is uitsluitend bestemd",
	/* with "possible" or "its" attachments */
	"This message and any files", "This email and its attachments",
	"This e-mail and its attachments",
	"Diese E-Mail und etwaige Anhänge", "Diese E-Mail und ihre Anhänge",
	"Diese Nachricht und etwaige Anhänge",
	"Ce courriel et ses éventuelles pièces jointes",
	"Ce message et ses éventuelles pièces jointes",
	"Ce message ainsi que ses pièces jointes",
	"Este mensaje y sus posibles anexos", "Este correo y sus anexos",
	"Esta mensagem e eventuais anexos", "Este e-mail e os seus anexos",
	"Este email e os seus anexos",
	"Questa e-mail ed eventuali allegati", "Questa email ed eventuali allegati",
	"Questo messaggio ed eventuali allegati",
};

/* Outlook header blocks: a "From:" line, then one of the others. */
static const char *const quote_hdr_from[] = { "From:", "Von:", "De:", "De :",
    "Van:", "Da:" };
static const char *const quote_hdr_next[] = {
	"Sent:", "Date:", "To:", "Subject:", "Cc:",
	"Gesendet:", "Datum:", "An:", "Betreff:",
	"Envoyé :", "Envoyé:", "À :", "À:", "Objet :", "Objet:",
	"Enviado:", "Enviada:", "Para:", "Asunto:", "Assunto:",
	"Inviato:", "Oggetto:", "Verzonden:", "Aan:", "Onderwerp:",
};
static const char *const quote_hdr_subject[] = { "Subject:", "Betreff:",
    "Objet :", "Objet:", "Asunto:", "Assunto:", "Oggetto:", "Onderwerp:" };
static const char *const quote_fw[] = { "FW:", "Fwd:", "WG:", "TR:", "RV:",
    "ENC:", "I:", "Doorst:" };

static struct quote_line
quote_trim(struct quote_line l)
{
	while (l.n > 0 && (*l.p == ' ' || *l.p == '\t')) {
		l.p++;
		l.n--;
	}
	while (l.n > 0 && (l.p[l.n - 1] == ' ' || l.p[l.n - 1] == '\t'))
		l.n--;
	return l;
}

static int
quote_blank(struct quote_line l)
{
	return quote_trim(l).n == 0;
}

static int
quote_starts(struct quote_line l, const char *s)
{
	size_t n = strlen(s);

	return l.n >= n && strncasecmp(l.p, s, n) == 0;
}

static int
quote_ends(const char *p, size_t len, const char *s)
{
	size_t n = strlen(s);

	return len >= n && strncasecmp(p + len - n, s, n) == 0;
}

static int
quote_starts_any(struct quote_line l, const char *const *v, size_t nv)
{
	for (size_t i = 0; i < nv; i++)
		if (quote_starts(l, v[i]))
			return 1;
	return 0;
}

/* A "> " line: up to three spaces, then '>'. */
static int
quote_is_quoted(struct quote_line l)
{
	size_t i = 0;

	while (i < l.n && i < 3 && l.p[i] == ' ')
		i++;
	return i < l.n && l.p[i] == '>';
}

/* The text of a quoted line without its (nested) markers. */
static struct quote_line
quote_unquote(struct quote_line l)
{
	for (;;) {
		size_t i = 0;

		while (i < l.n && l.p[i] == ' ')
			i++;
		if (i == l.n || l.p[i] != '>')
			return l;
		i++;
		if (i < l.n && l.p[i] == ' ')
			i++;
		l.p += i;
		l.n -= i;
	}
}

static int
quote_ends_wrote(const char *p, size_t n)
{
	for (size_t i = 0; i < G_N_ELEMENTS(quote_wrote); i++)
		if (quote_ends(p, n, quote_wrote[i]))
			return 1;
	return 0;
}

/* Whether p..p+n is a whole attribution line: "... wrote:", or
 * "Am <date> schrieb <name>:", "Op <date> schreef <name>:". */
static int
quote_wrote_line(const char *p, size_t n)
{
	if (quote_ends_wrote(p, n))
		return 1;
	if (n == 0 || p[n - 1] != ':')
		return 0;
	return (n > 3 && strncmp(p, "Am ", 3) == 0 &&
	    g_strstr_len(p, (gssize)n, " schrieb ") != NULL) ||
	    (n > 3 && strncmp(p, "Op ", 3) == 0 &&
	    g_strstr_len(p, (gssize)n, " schreef ") != NULL);
}

/* Whether an attribution names a date or an address, so that unmarked
 * text after it can be taken as history. */
static int
quote_strong(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (g_ascii_isdigit(p[i]) || p[i] == '@')
			return 1;
	return 0;
}

/* The number of lines of the attribution starting at line i, or 0:
 * "On <date>, <name> wrote:" (wrapped over up to 3 lines),
 * "<name> wrote:", "<name> wrote on <date>:" (maybe with a short
 * continuation line), "Am <date> schrieb <name>:". */
static size_t
quote_attribution(const struct quote_line *v, size_t n, size_t i, int *strong)
{
	struct quote_line l = quote_trim(v[i]);
	char buf[QUOTE_ATTR_MAX];
	size_t len = 0;

	if (l.n == 0 || l.n >= sizeof buf || quote_is_quoted(l))
		return 0;
	*strong = quote_strong(l.p, l.n);
	if (quote_ends_wrote(l.p, l.n))
		return 1;
	if (g_strstr_len(l.p, l.n, " wrote on ") != NULL ||
	    g_strstr_len(l.p, l.n, " schrieb am ") != NULL) {
		struct quote_line c;

		if (l.p[l.n - 1] == ':')
			return 1;
		if (i + 1 < n) {
			c = quote_trim(v[i + 1]);
			if (c.n > 0 && c.n <= QUOTE_CONT_MAX &&
			    c.p[c.n - 1] == ':' && !quote_is_quoted(c))
				return 2;
		}
		return 0;
	}
	if (!quote_starts_any(l, quote_on, G_N_ELEMENTS(quote_on)))
		return 0;
	for (size_t k = 0; k < 3 && i + k < n; k++) {
		struct quote_line c = quote_trim(v[i + k]);

		if (c.n == 0 || quote_is_quoted(c) || len + c.n + 1 >= sizeof buf)
			return 0;
		if (k > 0)
			buf[len++] = ' ';
		memcpy(buf + len, c.p, c.n);
		len += c.n;
		if (quote_wrote_line(buf, len)) {
			*strong = quote_strong(buf, len);
			return k + 1;
		}
	}
	return 0;
}

/* 1 for a "-----Original Message-----" line, 2 for a forward marker. */
static int
quote_separator(struct quote_line l)
{
	l = quote_trim(l);
	if (quote_starts_any(l, quote_forward_begin,
	    G_N_ELEMENTS(quote_forward_begin)))
		return 2;
	if (l.n < 2 || l.p[0] != '-' || l.p[1] != '-')
		return 0;
	while (l.n > 0 && (*l.p == '-' || *l.p == ' ')) {
		l.p++;
		l.n--;
	}
	while (l.n > 0 && (l.p[l.n - 1] == '-' || l.p[l.n - 1] == ' '))
		l.n--;
	for (size_t i = 0; i < G_N_ELEMENTS(quote_original); i++)
		if (l.n == strlen(quote_original[i]) && quote_starts(l,
		    quote_original[i]))
			return 1;
	for (size_t i = 0; i < G_N_ELEMENTS(quote_forward); i++)
		if (l.n == strlen(quote_forward[i]) && quote_starts(l,
		    quote_forward[i]))
			return 2;
	return 0;
}

/* A header line, maybe in Outlook's "*From:*" bold. */
static struct quote_line
quote_header(struct quote_line l)
{
	l = quote_trim(l);
	if (l.n > 0 && *l.p == '*') {
		l.p++;
		l.n--;
	}
	return l;
}

/* Whether a line opens a legal disclaimer (maybe in "*…*" or "[…]"). */
static int
quote_disclaimer_line(struct quote_line l)
{
	l = quote_trim(l);
	while (l.n > 0 && (*l.p == '*' || *l.p == '_' || *l.p == '[')) {
		l.p++;
		l.n--;
	}
	return quote_starts_any(l, quote_disclaimer,
	    G_N_ELEMENTS(quote_disclaimer));
}

/* Whether an Outlook "From: / Sent: / To: / Subject:" block of a reply
 * starts at line i. A block whose Subject is "FW: ..." is a forward. */
static int
quote_header_block(const struct quote_line *v, size_t n, size_t i)
{
	int next = 0;

	if (!quote_starts_any(quote_header(v[i]), quote_hdr_from,
	    G_N_ELEMENTS(quote_hdr_from)))
		return 0;
	for (size_t k = 1; k <= 3 && i + k < n; k++)
		if (quote_starts_any(quote_header(v[i + k]), quote_hdr_next,
		    G_N_ELEMENTS(quote_hdr_next)))
			next = 1;
	if (!next)
		return 0;
	for (size_t k = 1; k <= 6 && i + k < n; k++) {
		struct quote_line l = quote_header(v[i + k]);

		for (size_t s = 0; s < G_N_ELEMENTS(quote_hdr_subject); s++) {
			size_t sn = strlen(quote_hdr_subject[s]);

			if (!quote_starts(l, quote_hdr_subject[s]))
				continue;
			l.p += sn;
			l.n -= sn;
			l = quote_header(l);
			return !quote_starts_any(l, quote_fw,
			    G_N_ELEMENTS(quote_fw));
		}
	}
	return 1;
}

struct quote_out {
	GString	*zone[QZ_COUNT];
	int	 last;		/* zone of the last non-blank line, or -1 */
	size_t	 blanks;	/* blank lines not yet written */
	size_t	 sig_start;	/* where the current signature began */
	size_t	 sig_lines;	/* its non-blank lines */
	int	 sig_keep;	/* it holds a disclaimer: kept however long */
	char	*addr;		/* the sender's address, folded, or NULL */
	char   **names;		/* the words of the sender's name, folded */
	int	 own;		/* the quoted text now is the sender's */
	int	 last_own;	/* ... and so was the last non-blank line */
	struct quote_line prev;	/* the last quoted line */
};

static void
quote_put(GString *s, size_t blanks, struct quote_line l)
{
	if (s->len > 0) {
		for (size_t i = 0; i < blanks; i++)
			g_string_append_c(s, '\n');
		g_string_append_c(s, '\n');
	}
	g_string_append_len(s, l.p, l.n);
}

/* Whether an attribution or From: line names the sender: their address,
 * or every word of their name ("Krüger, Sabine" names Sabine Krüger).
 * Both sides are split into words and folded the same way by GLib. */
static int
quote_names_sender(const struct quote_out *o, struct quote_line l)
{
	char *line, *f, **words;
	int yes;

	if (o->addr == NULL && o->names == NULL)
		return 0;
	if (!g_utf8_validate(l.p, (gssize)l.n, NULL))
		return 0;
	line = g_strndup(l.p, l.n);
	f = g_utf8_casefold(line, -1);
	yes = o->addr != NULL && strstr(f, o->addr) != NULL;
	if (!yes && o->names != NULL) {
		words = g_str_tokenize_and_fold(line, NULL, NULL);
		yes = 1;
		for (size_t i = 0; yes && o->names[i] != NULL; i++)
			yes = g_strv_contains((const char *const *)words,
			    o->names[i]);
		g_strfreev(words);
	}
	g_free(f);
	g_free(line);
	return yes;
}

/* A quoted line that says who wrote the quoted text after it: a From:
 * header line, an attribution ("On <date>, <name> wrote:", maybe begun
 * on the line before) or an "Original Message" rule (author unknown
 * until its From: line). Sets o->own. */
static int
quote_author(struct quote_out *o, struct quote_line l)
{
	struct quote_line h = quote_header(l), p;

	if (quote_starts_any(h, quote_hdr_from, G_N_ELEMENTS(quote_hdr_from))) {
		o->own = quote_names_sender(o, h);
		return 1;
	}
	if (quote_separator(l) == 1) {
		o->own = 0;
		return 1;
	}
	h = quote_trim(l);
	if (quote_wrote_line(h.p, h.n)) {
		o->own = quote_names_sender(o, h);
		return 1;
	}
	/* Begun on the line before: "On Mon, Jane Roe <j@x>" / "wrote:". */
	p = quote_trim(o->prev);
	if (o->last == QZ_QUOTED && !quote_starts_any(h, quote_on,
	    G_N_ELEMENTS(quote_on)) && quote_starts_any(p, quote_on,
	    G_N_ELEMENTS(quote_on)) && p.n + h.n + 1 < QUOTE_ATTR_MAX) {
		char buf[QUOTE_ATTR_MAX];

		memcpy(buf, p.p, p.n);
		buf[p.n] = ' ';
		memcpy(buf + p.n + 1, h.p, h.n);
		if (quote_wrote_line(buf, p.n + 1 + h.n)) {
			o->own = quote_names_sender(o, p) ||
			    quote_names_sender(o, h);
			return 1;
		}
	}
	return 0;
}

/* Appends a non-blank line to zone z; blank lines before it go with it
 * when it continues the same zone, else one separates it from earlier
 * text of that zone. A quoted line the sender wrote goes to QZ_OWN too. */
static void
quote_emit(struct quote_out *o, int z, struct quote_line l)
{
	int own = 0;

	quote_put(o->zone[z], o->last == z ? o->blanks : (o->blanks > 0), l);
	if (z == QZ_QUOTED) {
		if (!quote_author(o, l) && o->own) {
			quote_put(o->zone[QZ_OWN], o->last == z && o->last_own ?
			    o->blanks : (o->blanks > 0), l);
			own = 1;
		}
		o->prev = l;
	}
	o->last_own = own;
	o->last = z;
	o->blanks = 0;
	if (z == QZ_SIG)
		o->sig_lines++;
}

/* Ends the current signature. One past QUOTE_SIG_MAX lines is more
 * likely text after a "--" rule than a signature: it goes to the body. */
static int
quote_end_sig(struct quote_out *o)
{
	GString *sig = o->zone[QZ_SIG], *body = o->zone[QZ_BODY];
	size_t from = o->sig_start;

	if (o->sig_lines > QUOTE_SIG_MAX && !o->sig_keep) {
		if (from < sig->len && sig->str[from] == '\n')
			from++;
		if (body->len > 0)
			g_string_append(body, "\n\n");
		g_string_append_len(body, sig->str + from, sig->len - from);
		g_string_truncate(sig, o->sig_start);
		if (o->last == QZ_SIG)
			o->last = QZ_BODY;
	}
	o->sig_lines = 0;
	o->sig_keep = 0;
	return QZ_BODY;
}

static GArray *
quote_lines(const char *text)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(struct quote_line));
	const char *p = text, *nl;

	while (*p != '\0') {
		struct quote_line l = { p, 0 };

		nl = strchr(p, '\n');
		l.n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		p = nl != NULL ? nl + 1 : p + l.n;
		while (l.n > 0 && l.p[l.n - 1] == '\r')
			l.n--;
		g_array_append_val(v, l);
	}
	return v;
}

/* The sender's name as folded words of two or more bytes, or NULL. */
static char **
quote_name_words(const char *name)
{
	char **w;
	size_t k = 0;

	if (name == NULL || !g_utf8_validate(name, -1, NULL))
		return NULL;
	w = g_str_tokenize_and_fold(name, NULL, NULL);
	for (size_t i = 0; w[i] != NULL; i++) {
		if (strlen(w[i]) >= 2)
			w[k++] = w[i];
		else
			g_free(w[i]);
	}
	w[k] = NULL;
	if (k == 0) {
		g_free(w);
		return NULL;
	}
	return w;
}

void
quote_split(const char *text, const char *subject, const char *from_name,
    const char *from_addr, struct quote_parts *out)
{
	struct quote_out o = { .last = -1 };
	GArray *lines = quote_lines(text != NULL ? text : "");
	const struct quote_line *v = (const struct quote_line *)lines->data;
	size_t n = lines->len, fwd_until = 0;
	int zone = QZ_BODY, rest = 0, fwd_subject = 0;

	/* Under "FW: ..." the first "Original Message" rule or header block
	 * opens the forwarded mail (Outlook shows the forwarded subject
	 * there without "FW:"): the customer's text, like a forward marker. */
	if (subject != NULL) {
		struct quote_line sl = { subject, strlen(subject) };

		fwd_subject = quote_starts_any(quote_trim(sl), quote_fw,
		    G_N_ELEMENTS(quote_fw));
	}

	for (int z = 0; z < QZ_COUNT; z++)
		o.zone[z] = g_string_new("");
	o.names = quote_name_words(from_name);
	if (from_addr != NULL && strchr(from_addr, '@') != NULL &&
	    g_utf8_validate(from_addr, -1, NULL))
		o.addr = g_utf8_casefold(from_addr, -1);
	for (size_t i = 0; i < n; i++) {
		struct quote_line l = v[i];
		size_t k, j;
		int strong = 0, sep;

		if (quote_blank(l)) {
			o.blanks++;
			continue;
		}
		if (quote_is_quoted(l)) {
			quote_emit(&o, QZ_QUOTED, quote_unquote(l));
			if (zone == QZ_SIG)
				zone = quote_end_sig(&o);
			continue;
		}
		if (rest) {
			quote_emit(&o, QZ_QUOTED, l);
			continue;
		}
		if ((k = quote_attribution(v, n, i, &strong)) > 0) {
			for (j = i + k; j < n && quote_blank(v[j]); j++)
				;
			if (strong || (j < n && quote_is_quoted(v[j]))) {
				rest = j >= n || !quote_is_quoted(v[j]);
				for (j = 0; j < k; j++)
					quote_emit(&o, QZ_QUOTED, v[i + j]);
				i += k - 1;
				continue;
			}
		}
		sep = quote_separator(l);
		if (fwd_subject && (sep == 1 || (i >= fwd_until &&
		    quote_header_block(v, n, i))))
			sep = 2;
		if (sep == 2) {
			fwd_subject = 0;
			fwd_until = i + QUOTE_FWD_LINES;
			if (zone == QZ_SIG)	/* forwarded text is the body's */
				zone = quote_end_sig(&o);
		}
		if (sep == 1 || (i >= fwd_until &&
		    quote_header_block(v, n, i))) {
			rest = 1;
			quote_emit(&o, QZ_QUOTED, l);
			continue;
		}
		if (o.zone[QZ_BODY]->len > 0 && quote_disclaimer_line(l)) {
			if (zone != QZ_SIG) {
				zone = QZ_SIG;
				o.sig_start = o.zone[QZ_SIG]->len;
			}
			o.sig_keep = 1;
			quote_emit(&o, zone, l);
			continue;
		}
		if ((l.n == 2 || l.n == 3) && memcmp(l.p, "-- ", l.n) == 0) {
			if (zone == QZ_SIG)
				quote_end_sig(&o);
			zone = QZ_SIG;
			o.sig_start = o.zone[QZ_SIG]->len;
			o.blanks = 0;
			continue;
		}
		quote_emit(&o, zone, l);
	}
	if (zone == QZ_SIG)
		quote_end_sig(&o);
	g_array_free(lines, TRUE);
	out->body = g_string_free(o.zone[QZ_BODY], FALSE);
	out->quoted = g_string_free(o.zone[QZ_QUOTED], FALSE);
	out->signature = g_string_free(o.zone[QZ_SIG], FALSE);
	out->own = g_string_free(o.zone[QZ_OWN], FALSE);
	g_strfreev(o.names);
	g_free(o.addr);
}

void
quote_parts_clear(struct quote_parts *p)
{
	if (p == NULL)
		return;
	g_free(p->body);
	g_free(p->quoted);
	g_free(p->signature);
	g_free(p->own);
	p->body = p->quoted = p->signature = p->own = NULL;
}
