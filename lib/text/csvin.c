/* CSV files through libcsv, legacy encodings through iconv, fields in NFC. */
#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"
#include "vntext.h"
#include "util/util.h"

#define CHUNK 65536
#define TEXTCAP (CHUNK * 4 + 64)

/* A row as libcsv delivers it. */
struct row {
	char **f;
	size_t n, cap;
	long nl;		/* newlines inside its fields */
	long end;		/* the line it ends on */
	int bad;		/* a field is not valid UTF-8 */
	int oom;		/* memory ran out */
	int done;
};

struct lr_csvin {
	FILE *fp;
	char enc[64];
	iconv_t cd;		/* (iconv_t)-1: the input is UTF-8 already */
	struct csv_parser p;
	char in[CHUNK], *text;	/* raw bytes; UTF-8 text (TEXTCAP bytes) */
	size_t inlen, textlen, textpos;
	long lines;		/* newlines fed to the parser */
	struct row cur, out;	/* being built; last handed out */
	int eof, first, finished;
	char delim;
};

static void
row_clear(struct row *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->f[i]);
	r->n = 0;
	r->nl = 0;
	r->bad = 0;
	r->oom = 0;
	r->done = 0;
}

/* libcsv: a field ends.  Copy it as NFC; count its newlines. */
static void
on_field(void *s, size_t len, void *data)
{
	lr_csvin *c = data;
	struct row *r = &c->cur;
	char *f = malloc(len + 1), *nfc = NULL;
	int ascii = 1;

	if (f == NULL) {
		r->oom = 1;
		return;
	}
	memcpy(f, s, len);
	f[len] = '\0';
	for (size_t i = 0; i < len; i++) {
		r->nl += f[i] == '\n';
		ascii &= (unsigned char)f[i] < 0x80;
	}
	if (!ascii && (!lr_utf8_clean(f, len) || (nfc = lr_nfc(f)) == NULL))
		r->bad = 1;
	if (nfc != NULL) {
		free(f);
		f = nfc;
	}
	if (lr_reserve(&r->f, &r->cap, r->n, sizeof(*r->f), 16) != 0) {
		free(f);
		r->oom = 1;
		return;
	}
	r->f[r->n++] = f;
}

/* libcsv: a row ends. */
static void
on_row(int term, void *data)
{
	lr_csvin *c = data;

	(void)term;
	c->cur.end = c->lines + 1;
	c->cur.done = 1;
}

/* 1 when buf looks like UTF-8: valid up to its last newline. */
static int
looks_utf8(const char *buf, size_t len)
{
	const char *nl = len ? memrchr(buf, '\n', len) : NULL;

	if (nl != NULL)
		len = (size_t)(nl - buf);
	return lr_utf8_clean(buf, len);
}

/* Which legacy Vietnamese encoding buf is more likely in: TCVN3 (ABC,
 * read as TCVN 5712) puts ă â ê ô ơ ư đ Đ at 0xA7-0xAE; Windows-1258
 * puts its combining tone marks at 0xCC 0xD2 0xDE 0xEC 0xF2 and ă đ ơ ư
 * at 0xE3 0xF0 0xF5 0xFD. */
static const char *
guess_legacy(const char *buf, size_t len)
{
	static const unsigned char cp1258[] = {
		0xCC, 0xD2, 0xDE, 0xEC, 0xF2, 0xE3, 0xF0, 0xF5, 0xFD, 0
	};
	long tcvn = 0, win = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char)buf[i];
		tcvn += b >= 0xA7 && b <= 0xAE;
		win += b != 0 && strchr((const char *)cp1258, b) != NULL;
	}
	return tcvn > win ? "TCVN5712-1" : "WINDOWS-1258";
}

static int
choose_encoding(lr_csvin *c, const char *encoding, lr_err *err)
{
	c->inlen = fread(c->in, 1, CHUNK, c->fp);
	if (c->inlen >= 3 && memcmp(c->in, "\xEF\xBB\xBF", 3) == 0) {
		memmove(c->in, c->in + 3, c->inlen - 3);
		c->inlen -= 3;
		encoding = "UTF-8";
	}
	if (encoding == NULL || strcmp(encoding, "auto") == 0)
		encoding = looks_utf8(c->in, c->inlen) ? "UTF-8" :
		    guess_legacy(c->in, c->inlen);
	snprintf(c->enc, sizeof(c->enc), "%s", encoding);
	c->cd = (iconv_t)-1;
	if (strcasecmp(encoding, "UTF-8") == 0 || strcasecmp(encoding, "UTF8") == 0)
		return 0;
	if ((c->cd = iconv_open("UTF-8", encoding)) == (iconv_t)-1) {
		lr_err_set(err, "unknown encoding '%s'", encoding);
		return -1;
	}
	return 0;
}

lr_csvin *
lr_csvin_open(const char *path, const char *encoding, lr_err *err)
{
	lr_csvin *c = calloc(1, sizeof(*c));

	if (c == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((c->fp = fopen(path, "rb")) == NULL) {
		lr_err_set(err, "'%s': %s", path, strerror(errno));
		free(c);
		return NULL;
	}
	c->first = 1;
	c->delim = ',';
	c->cd = (iconv_t)-1;
	if ((c->text = malloc(TEXTCAP)) == NULL ||
	    csv_init(&c->p, CSV_APPEND_NULL) != 0) {
		lr_err_sys(err, "out of memory");
		lr_csvin_close(c);
		return NULL;
	}
	if (choose_encoding(c, encoding, err) != 0) {
		lr_csvin_close(c);
		return NULL;
	}
	return c;
}

/* How often d occurs outside quotes on the line at s (len bytes). */
static int
count_outside_quotes(const char *s, size_t len, char d)
{
	int n = 0, quoted = 0;

	for (size_t i = 0; i < len && s[i] != '\n'; i++) {
		quoted ^= s[i] == '"';
		n += !quoted && s[i] == d;
	}
	return n;
}

/* The score of delimiter d over the first lines of buf: its most common
 * non-zero count per line times the lines that have it. */
static long
delim_score(const char *buf, size_t len, char d)
{
	int counts[64], nlines = 0;
	long best = 0;

	for (size_t i = 0; i < len && nlines < 64; nlines++) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t l = nl ? (size_t)(nl - buf - i) : len - i;
		counts[nlines] = count_outside_quotes(buf + i, l, d);
		i += l + 1;
	}
	for (int a = 0; a < nlines; a++) {
		long same = 0;
		for (int b = 0; b < nlines && counts[a] > 0; b++)
			same += counts[b] == counts[a];
		if (same * counts[a] > best)
			best = same * counts[a];
	}
	return best;
}

int
lr_csvin_set_delim(lr_csvin *c, int delim)
{
	static const char cand[] = ",;\t|";
	long best = -1;

	for (int i = 0; delim == 0 && cand[i] != '\0'; i++) {
		long sc = delim_score(c->in, c->inlen, cand[i]);
		if (sc > best) {
			best = sc;
			c->delim = cand[i];
		}
	}
	if (delim != 0)
		c->delim = (char)delim;
	csv_set_delim(&c->p, (unsigned char)c->delim);
	return c->delim;
}

const char *
lr_csvin_encoding(const lr_csvin *c)
{
	return c->enc;
}

/* Convert the raw bytes to UTF-8 text (c->text holds TEXTCAP bytes: no
 * legacy byte becomes more than 3); returns its length.  Bytes not in the
 * encoding become '?'; an incomplete sequence waits for more input. */
static size_t
convert(lr_csvin *c, int flush)
{
	char *in = c->in, *out = c->text;
	size_t inleft = c->inlen, outleft = TEXTCAP, r;

	if (c->cd == (iconv_t)-1) {
		memcpy(c->text, c->in, c->inlen);
		c->inlen = 0;
		return inleft;
	}
	while ((r = iconv(c->cd, &in, &inleft, &out, &outleft)) == (size_t)-1 &&
	    errno == EILSEQ && outleft > 0) {
		*out++ = '?';
		outleft--;
		in++;
		inleft--;
	}
	if (r != (size_t)-1 && flush)
		iconv(c->cd, NULL, NULL, &out, &outleft);
	memmove(c->in, in, inleft);
	c->inlen = inleft;
	return (size_t)(out - c->text);
}

/* Read and convert the next chunk of the file.  Returns 0, or -1 with err
 * set on a read error. */
static int
refill(lr_csvin *c, lr_err *err)
{
	if (!c->first)
		c->inlen += fread(c->in + c->inlen, 1, CHUNK - c->inlen, c->fp);
	c->first = 0;
	if (ferror(c->fp)) {
		lr_err_sys(err, "read error: %s", strerror(errno));
		return -1;
	}
	c->eof = feof(c->fp);
	c->textlen = convert(c, c->eof);
	c->textpos = 0;
	return 0;
}

/* Feed the pending text to libcsv line by line, counting lines, until a row
 * is done or the text is used up. */
static void
feed(lr_csvin *c)
{
	while (c->textpos < c->textlen && !c->cur.done) {
		const char *s = c->text + c->textpos;
		size_t len = c->textlen - c->textpos;
		const char *nl = memchr(s, '\n', len);
		size_t n = nl ? (size_t)(nl - s) + 1 : len;

		csv_parse(&c->p, s, n, on_field, on_row, c);
		c->lines += nl != NULL;
		c->textpos += n;
	}
}

/* Hand the finished row out: it becomes c->out. */
static enum lr_csv_read
hand_out(lr_csvin *c, char ***fields, size_t *n, long *line, lr_err *err)
{
	struct row t = c->out;

	c->out = c->cur;
	c->cur = t;
	row_clear(&c->cur);
	*fields = c->out.f;
	*n = c->out.n;
	*line = c->out.end - c->out.nl;
	if (c->out.oom) {
		lr_err_sys(err, "out of memory");
		return LR_CSV_FAIL;
	}
	if (c->out.bad) {
		lr_err_set(err, "not valid %s text", c->enc);
		return LR_CSV_BAD;
	}
	return LR_CSV_ROW;
}

enum lr_csv_read
lr_csvin_next(lr_csvin *c, char ***fields, size_t *n, long *line, lr_err *err)
{
	for (;;) {
		if (c->cur.done)
			return hand_out(c, fields, n, line, err);
		if (c->textpos < c->textlen)
			feed(c);
		else if (!c->eof) {
			if (refill(c, err) != 0)
				return LR_CSV_FAIL;
		} else if (!c->finished) {
			c->finished = 1;
			csv_fini(&c->p, on_field, on_row, c);
		} else
			return LR_CSV_EOF;
	}
}

void
lr_csvin_close(lr_csvin *c)
{
	if (c == NULL)
		return;
	row_clear(&c->cur);
	row_clear(&c->out);
	free(c->cur.f);
	free(c->out.f);
	csv_free(&c->p);
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	if (c->fp != NULL)
		fclose(c->fp);
	free(c->text);
	free(c);
}

/* The column of the header named name, -1 when none, -2 when twice. */
static int
column_of(char *const *hdr, size_t n, const char *name)
{
	int at = -1;

	for (size_t i = 0; i < n; i++) {
		const char *h = hdr[i];
		while (*h == ' ')
			h++;
		if (strcasecmp(h, name) != 0)
			continue;
		if (at >= 0)
			return -2;
		at = (int)i;
	}
	return at;
}

int
lr_csv_columns(char *const *hdr, size_t n, const char *const *want,
    int nwant, int nrequired, int *idx, lr_err *err)
{
	for (int i = 0; i < nwant; i++) {
		idx[i] = want[i] ? column_of(hdr, n, want[i]) : -1;
		if (idx[i] == -2) {
			lr_err_set(err, "column '%s' occurs twice in the header",
			    want[i]);
			return -1;
		}
		if (idx[i] < 0 && i < nrequired) {
			lr_err_set(err, "no column '%s' in the header", want[i]);
			return -1;
		}
	}
	return 0;
}
