/* Certificates: the land-use certificate's fields (serial, register
 * number, issuer and date, form generation, owners, parcel, changes) read
 * line by line from its labelled pages. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cert-int.h"
#include "certdata-int.h"
#include "certline-int.h"
#include "data-int.h"
#include "labels-int.h"
#include "parse-int.h"
#include "text/text.h"

/* The part of the certificate a line stands in. */
enum part { P_HEAD, P_OWNERS, P_PARCEL, P_HOUSE, P_CHANGES };

struct reader {
	const lr_extractor *x;
	const lr_certdata *data;	/* schemas/certificates.tsv */
	lr_clines c;
	json_t *cert, *owners, *parcel, *purposes, *fields, *review;
	json_t *house;		/* NULL until a house field is read */
	enum part part;
	enum part resume;	/* the part a spread's other half is in */
	int next_issuer;	/* the line after "TM. ỦY BAN NHÂN DÂN" */
	const lr_cline *signs;	/* "TM. ỦY BAN NHÂN DÂN" with no unit */
	const lr_cline *date_l;	/* "<Place>, ngày ..." of the date of issue */
	double below;
	int reg_cut;		/* words after the register number cut */
	const lr_cline *reg_label;	/* its label, the number not after it */
	const char *cont;	/* the text field the next line may go on */
	json_t *cont_in;	/* in these objects (borrowed) */
	json_t *lists;		/* "uses", "terms": their text, read at the end */
	const lr_cline *uses_l, *terms_l;	/* the lines they start on */
	double uses_conf, terms_conf;	/* their first value line's */
	int rows;		/* the purposes are a grid's rows, one a line */
	const lr_cline *skip;	/* lines to here were read with one before */
	const lr_cline *title;	/* "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT" */
	const lr_certphrase *worded;	/* a heading naming the generation */
	const lr_cline *worded_l;	/* and its line */
	int registered;		/* a line of the change register was seen */
	double stated;		/* the area the text states, 0 none */
	double total;		/* the parcel table's total, 0 none */
	const lr_cline *stated_l;
	int noted;		/* changes[] that are exchange notes outside
				 * the register (exchange_dates()) */
};

static void flag(struct reader *r, const char *field, const char *reason);
static int caps_line(const lr_cline *l);
static int numbering(const char *w);
static char *loose_serial(const struct reader *r, const lr_cline *l,
    double *conf);
static void stop_going_on(struct reader *r);
static json_t *value_at(const struct reader *r, const char *path);
static void confirm(struct reader *r, const char *path);
static const char *label_tail(const char *w);

/* The part a heading of certificates.tsv ("part" rows) begins. */
static enum part
part_named(const char *name)
{
	return strcmp(name, "owners") == 0 ? P_OWNERS :
	    strcmp(name, "parcel") == 0 ? P_PARCEL :
	    strcmp(name, "changes") == 0 ? P_CHANGES :
	    strcmp(name, "house") == 0 ? P_HOUSE : P_HEAD;
}

/* Does the line before l, on its page, end in the red book's "...
 * chứng nhận:" (its committee certifies the owners named next)? */
static int
certifies(const struct reader *r, const lr_cline *l)
{
	const lr_cline *p = l - 1;
	const char *w;

	if (l == r->c.v || p->page != l->page || p->nw < 2)
		return 0;
	w = p->w[p->nw - 1];
	return strcmp(p->fw[p->nw - 2], "chung") == 0 &&
	    strcmp(p->fw[p->nw - 1], "nhan") == 0 && w[strlen(w) - 1] == ':';
}

static void
part_of(struct reader *r, const lr_cline *l)
{
	if (l->kind == LR_PAGE_CERT_CHANGES && r->part != P_CHANGES)
		r->resume = r->part, r->part = P_CHANGES;
	else if (l->kind != LR_PAGE_CERT_CHANGES && r->part == P_CHANGES &&
	    l > r->c.v && l[-1].kind == LR_PAGE_CERT_CHANGES &&
	    l[-1].page == l->page)
		r->part = r->resume;	/* the other half of a spread */
	if (r->part == P_HEAD && certifies(r, l))
		r->part = P_OWNERS;
	for (size_t i = 0; l->kind != LR_PAGE_CERT_CHANGES &&
	    i < r->data->nparts; i++)
		if (lr_cline_starts(l, r->data->parts[i].phrase) >= 0) {
			r->part = part_named(r->data->parts[i].what);
			break;
		}
	r->registered |= r->part == P_CHANGES;
}

/* The text after label p in l, to the line's end or to where the label
 * stop begins. */
static char *
after(const lr_cline *l, const char *p, const char *stop)
{
	int a = lr_cline_find(l, p, 0), b = -1;

	if (a < 0)
		return NULL;
	if (stop != NULL)
		b = lr_cline_at(l, stop, a);
	return lr_cline_text(l, a, b >= 0 ? b : l->nw);
}

/* The next lines may go on field key of the objects in the array in
 * (taken), in place of what they went on before. */
static void
keep_going(struct reader *r, const char *key, json_t *in)
{
	json_decref(r->cont_in);
	r->cont = key;
	r->cont_in = in;
}

/* The first word of l from a where a "stop" phrase of certificates.tsv
 * begins (the next statement's words a value must not take in: "được
 * quyền sử dụng", "Ghi chú"); l->nw when none. */
static int
value_end(const struct reader *r, const lr_cline *l, int a)
{
	int end = l->nw;

	for (size_t i = 0; i < r->data->nstops; i++) {
		int b = lr_cline_at(l, r->data->stops[i].phrase, a);
		if (b >= a && b < end)
			end = b;
	}
	return end;
}

/* The word after label p in l, past the label's "đất:" ("Nguồn gốc sử
 * dụng đất:", "Mục đích sử dụng đất:" for "... sử dụng:"); -1 when l
 * holds no p. */
static int
label_end(const lr_cline *l, const char *p)
{
	int a = lr_cline_find(l, p, 0);

	if (a > 0 && a < l->nw && strcmp(l->fw[a], "dat") == 0 &&
	    strchr(l->w[a], ':') != NULL)
		a++;
	return a;
}

/* The text after label p in l, to a stop phrase or the line's end. */
static char *
value_after(const struct reader *r, const lr_cline *l, const char *p)
{
	int a = label_end(l, p);

	return a < 0 ? NULL : lr_cline_text(l, a, value_end(r, l, a));
}

/* ---- Owners ------------------------------------------------------- */

static json_t *
last_owner(struct reader *r)
{
	size_t n = json_array_size(r->owners);

	return n > 0 ? json_array_get(r->owners, n - 1) : NULL;
}

/* The index of owner o in the reader's owners (0 when not there). */
static size_t
owner_index(struct reader *r, const json_t *o)
{
	size_t i = json_array_size(r->owners) - 1;

	while (i > 0 && json_array_get(r->owners, i) != o)
		i--;
	return i;
}

static void
owner_field(struct reader *r, json_t *o, const char *key, json_t *v,
    double conf, const lr_cline *l)
{
	char path[64];

	snprintf(path, sizeof(path), "owners[%zu].%s", owner_index(r, o), key);
	lr_cfield(o, key, v, r->fields, path, conf, l);
}

/* The token after folded phrase p in l when p fills l's tokens from
 * token k; 0 when it does not. */
static int
lead_tokens(const lr_cline *l, int k, const char *p)
{
	for (; *p != '\0'; k++) {
		size_t n = strcspn(p, " ");
		if (k >= l->nt || strlen(l->t[k]) != n ||
		    strncmp(l->t[k], p, n) != 0)
			return 0;
		p += n + (p[n] == ' ');
	}
	return k;
}

/* Is word w a table row's number (the "STT" column's "1", "2")? */
static int
row_number(const char *w)
{
	size_t n = strlen(w);

	return n >= 1 && n <= 2 && strspn(w, "0123456789") == n;
}

/* The token of l where an owner's title ("ông", "bà") stands: first, or
 * after "Hộ", a spouse's "và vợ (chồng) là" or "và", the house
 * certificates' "Chủ sở hữu:" or the 2024 form's owners' table's label
 * cells ("Họ và tên", "Vợ/chồng"), any of them after a numbering ("1. Ông ..." of a
 * household's members, "1. Chủ sở hữu: Bà ...", a co-owners' table's
 * row number "1 Ông ..."); -1 when none. */
static int
title_at(const lr_cline *l)
{
	static const char *const before[] = { "ho va ten", "vo chong va vo la",
	    "vo chong va chong la", "vo chong", "va vo la", "va chong la",
	    "va vo", "va chong", "va", "ho", "chu so huu", "con" };
	int from = l->nt > 1 && l->tw[1] == 1 && (numbering(l->w[0]) ||
	    row_number(l->w[0])), k = 0;

	for (size_t i = 0; k == 0 && i < sizeof(before) / sizeof(*before); i++)
		k = lead_tokens(l, from, before[i]);
	if (k == 0)
		k = from;
	if (k < l->nt && (strcmp(l->t[k], "ong") == 0 || strcmp(l->t[k],
	    "ba") == 0))
		return k;
	return -1;
}

/* The label of a birth year in l: "Năm sinh:" of the form, or "sinh năm"
 * of prose; NULL when none. */
static const char *
birth_label(const lr_cline *l)
{
	return lr_cline_at(l, "nam sinh", 0) >= 0 ? "nam sinh" :
	    lr_cline_at(l, "sinh nam", 0) >= 0 ? "sinh nam" : NULL;
}

/* The word of l where the first ID label (an "id" row of
 * certificates.tsv) begins; l->nw when none. */
static int
id_label_at(const struct reader *r, const lr_cline *l)
{
	int at = l->nw;

	for (size_t i = 0; i < r->data->nids; i++) {
		int a = lr_cline_at(l, r->data->ids[i].phrase, 0);
		if (a >= 0 && a < at)
			at = a;
	}
	return at;
}

/* The word where an owner's name begins, from word a after the title:
 * past the other title in brackets of the 1990s red book's "Hộ ông (bà):". */
static int
name_at(const lr_cline *l, int a)
{
	if (a < l->nw && l->w[a][0] == '(' && (strcmp(l->fw[a], "ba") == 0 ||
	    strcmp(l->fw[a], "ong") == 0))
		a++;
	return a;
}

/* The first word of l from a before end that is a year of birth on its
 * own, no label before it (a co-owners' table's "Năm sinh" column: "1
 * Ông Dương Văn A 1982 CMND số: ..."); -1 when none. */
static int
bare_year(const lr_cline *l, int a, int end)
{
	for (int k = a; k < end; k++)
		if (strlen(l->w[k]) == 4 && strspn(l->w[k], "0123456789") == 4 &&
		    atoi(l->w[k]) > 1880 && atoi(l->w[k]) < 2030)
			return k;
	return -1;
}

/* The owner read last: its birth year's label read, its year not ("sinh
 * năm ï", the figures faded): for review. */
static void
year_unread(struct reader *r)
{
	char path[64];

	snprintf(path, sizeof(path), "certificate.owners[%zu].birth_year",
	    json_array_size(r->owners) - 1);
	flag(r, path, "a birth year's label read, not its year");
}

/* The figures an old-style figure read as a letter may be (a birth year
 * set in old-style figures: "ro88", "1os8", "tợ73" for 1988, 1958,
 * 1973): "o" a 0 or a 9, "r", "t", "i", "l" a 1, "s" a 5, "z" a 2, "g"
 * and the marked o's a 9, "ó" a 6. */
static const struct { const char *c, *digits; } old_figures[] = {
	{ "o", "09" }, { "O", "0" }, { "ø", "0" }, { "r", "1" }, { "t", "1" },
	{ "i", "1" }, { "ì", "1" }, { "l", "1" }, { "I", "1" }, { "s", "5" },
	{ "S", "5" }, { "z", "2" }, { "Z", "2" }, { "g", "9" }, { "ọ", "9" },
	{ "ợ", "9" }, { "ó", "6" },
};

/* The figures character at w may be, and its length into *n: a digit
 * itself, a letter old_figures reads; NULL. */
static const char *
old_figure(const char *w, size_t *n)
{
	static const char *const digit[] = { "0", "1", "2", "3", "4", "5",
	    "6", "7", "8", "9" };

	*n = 1;
	if (isdigit((unsigned char)*w))
		return digit[*w - '0'];
	for (size_t i = 0; i < sizeof(old_figures) / sizeof(old_figures[0]);
	    i++)
		if (strncmp(w, old_figures[i].c, *n = strlen(
		    old_figures[i].c)) == 0)
			return old_figures[i].digits;
	return NULL;
}

/* The years 1880..2029 the four characters at w (to a "," ";" "." or its
 * end) may be, counted; the last into *year. */
static int
old_years(const char *w, int at, int year, int *out)
{
	const char *d;
	size_t n;
	int k = 0;

	if (at == 4)
		return *w == '\0' || strchr(",;.", *w) != NULL ? (year >= 1880 &&
		    year <= 2029 ? (*out = year, 1) : 0) : 0;
	if ((d = old_figure(w, &n)) == NULL)
		return 0;
	for (; *d != '\0'; d++)
		k += old_years(w + n, at + 1, year * 10 + (*d - '0'), out);
	return k;
}

/* The birth year that text after its label begins with: its figures
 * ("1975"), or, when it is one word of four old-style figures OCR read
 * as letters that only one year in 1880..2029 can be, that year, *old set
 * (a repair, for review); -1 when none. */
static int
birth_year(const char *by, int *old)
{
	int y = by != NULL ? atoi(by) : 0;

	*old = 0;
	if (y > 1880)
		return y;
	if (by == NULL || old_years(by, 0, 0, &y) != 1)
		return -1;
	*old = 1;
	return y;
}

/* Mend in place the words of a name OCR misread in ways the names' own
 * shapes tell: an Ê Đê or Jrai woman's "H'" with the name after it begun
 * in a small letter ("H'nguyên" for "H'Nguyên"); a middle word that is an
 * A with a tone mark alone ("Giàng À Sử" for the Mông men's middle name
 * "A").  Returns the count of words mended. */
static int
name_shapes(char *name)
{
	static const char *const marked_a[] = { "À", "Á", "Ả", "Ã", "Ạ" };
	int n = 0;

	for (char *w = name; *w != '\0'; ) {
		size_t len = strcspn(w, " ");
		if (len > 2 && w[0] == 'H' && w[1] == '\'' && islower(
		    (unsigned char)w[2]))
			w[2] = (char)toupper((unsigned char)w[2]), n++;
		for (size_t k = 0; w != name && w[len] == ' ' &&
		    k < sizeof(marked_a) / sizeof(*marked_a); k++)
			if (strlen(marked_a[k]) == len &&
			    strncmp(w, marked_a[k], len) == 0) {
				*w = 'A';
				memmove(w + 1, w + len, strlen(w + len) + 1);
				len = 1, n++;
				break;
			}
		w += len + (w[len] == ' ');
	}
	return n;
}

/* "Ông: Nguyễn Văn A, năm sinh: 1975" (or "Bà", "Hộ ông", "và vợ là bà",
 * "sinh năm 1975", a table's row "1 Ông A 1975 CMND số: ..."): a new
 * owner.  The name ends at the birth year's label, at an ID's or at a
 * year with no label (bare_year()), whichever comes first. */
static int
owner_line(struct reader *r, const lr_cline *l)
{
	const lr_xdata *s = lr_x_xdata(r->x);
	int k = title_at(l);
	int sex = k < 0 ? 0 : strcmp(l->t[k], "ong") == 0 ? 'M' : 'F';
	const char *born = birth_label(l);
	int end = id_label_at(r, l), year = -1, y, old;
	char *raw, *name, *by;
	const char *why = NULL;
	double q, fixq = 1;
	json_t *o;

	if (born && lr_cline_at(l, born, 0) < end)
		end = lr_cline_at(l, born, 0);
	if (sex == 0 || l->nw < 2)
		return 0;
	if (born == NULL && (year = bare_year(l, l->tw[k] + 1, end)) >= 0)
		end = year;
	if ((raw = lr_cline_text(l, name_at(l, l->tw[k] + 1), end)) == NULL)
		return 0;
	/* the name's own words: a tone mark in doubt on a line read well */
	q = lr_cline_wconf(l, name_at(l, l->tw[k] + 1), end);
	name = lr_x_name_fix(s, raw, &fixq, &why);
	q *= fixq;
	if (name != NULL && name_shapes(name) > 0)
		q *= 0.8;	/* mended: for review */
	free(raw);
	o = json_pack("{s:n,s:s,s:n,s:n,s:n,s:n}", "name", "gender",
	    sex == 'M' ? "M" : "F", "birth_year", "id_type", "id_number",
	    "address");
	json_array_append_new(r->owners, o);
	owner_field(r, o, "name", name ? json_string(name) : json_null(),
	    q, l);
	owner_field(r, o, "gender", json_string(sex == 'M' ? "M" : "F"),
	    l->conf, l);
	if (born && (by = after(l, born, NULL)) != NULL) {
		if ((y = birth_year(by, &old)) > 0)
			owner_field(r, o, "birth_year", json_integer(y),
			    l->conf * (old ? 0.5 : 1), l);
		free(by);
	}
	if (born && json_is_null(json_object_get(o, "birth_year")))
		year_unread(r);
	if (year >= 0)
		owner_field(r, o, "birth_year", json_integer(atoi(l->w[year])),
		    l->conf, l);
	free(name);
	return 1;
}

/* An organisation holding the land named from word a of l: a new owner,
 * its name to the line's end or a stop; no sex, birth year or ID.  1, or
 * 0 when there is no name. */
static int
org_owner(struct reader *r, const lr_cline *l, int a)
{
	char *name;
	json_t *o;

	if (a < 0 || a >= l->nw ||
	    (name = lr_cline_text(l, a, value_end(r, l, a))) == NULL)
		return 0;
	o = json_pack("{s:n,s:n,s:n,s:n,s:n,s:n}", "name", "gender",
	    "birth_year", "id_type", "id_number", "address");
	json_array_append_new(r->owners, o);
	owner_field(r, o, "name", json_string(name), l->conf, l);
	free(name);
	return 1;
}

/* "Tổ chức: Hợp tác xã ..." (an organisation holds the land). */
static int
org_line(struct reader *r, const lr_cline *l)
{
	return org_owner(r, l, lr_cline_starts(l, "to chuc"));
}

/* The word of l where an organisation's kind (certificates.tsv "holder")
 * begins it, after marks of no letter ("| Ủy ban nhân dân xã ...", a
 * table's rule); -1 when none does. */
static int
holder_at(const struct reader *r, const lr_cline *l)
{
	int a = 0;

	while (a < l->nw && l->fw[a][0] == '\0')
		a++;
	for (size_t i = 0; a < l->nw && i < r->data->nholders; i++)
		if (lr_cline_at(l, r->data->holders[i].phrase, a) == a)
			return a;
	return -1;
}

/* An organisation named on a line of its own at the head of the owners'
 * part ("Công ty TNHH ...", "Chùa ...", "Ủy ban nhân dân xã ..."), by its
 * kind (holder_at()), before any owner and not in capitals (a
 * committee's heading): a new owner. */
static int
holder_line(struct reader *r, const lr_cline *l)
{
	if (r->part != P_OWNERS || json_array_size(r->owners) > 0 ||
	    caps_line(l))
		return 0;
	return org_owner(r, l, holder_at(r, l));
}

/* A line of the owners holding a birth year and an ID but no title read
 * ("à àng Thị Ngọc, sinh năm 1948, CMND số ..." for "và bà Quàng Thị
 * Ngọc"): an owner whose name and sex are not read, one item on both; its
 * birth year is read here, its ID by id_line. */
static int
unnamed_owner(struct reader *r, const lr_cline *l)
{
	const char *born = birth_label(l);
	char *by, path[64];
	int y, old;
	json_t *o;

	if (born == NULL || id_label_at(r, l) >= l->nw)
		return 0;
	o = json_pack("{s:n,s:n,s:n,s:n,s:n,s:n}", "name", "gender",
	    "birth_year", "id_type", "id_number", "address");
	json_array_append_new(r->owners, o);
	if ((y = birth_year(by = after(l, born, NULL), &old)) > 0)
		owner_field(r, o, "birth_year", json_integer(y),
		    l->conf * (old ? 0.5 : 1), l);
	free(by);
	snprintf(path, sizeof(path), "certificate.owners[%zu].name",
	    json_array_size(r->owners) - 1);
	flag(r, path, "an owner's line whose title and name could not be "
	    "read");
	strcpy(strrchr(path, '.'), ".gender");
	json_object_set_new(json_array_get(r->review, json_array_size(
	    r->review) - 1), "also", json_pack("[s]", path));
	return 1;
}

/* "Năm sinh: 1975" on a line of its own: the last owner's, when unread. */
static int
birth_line(struct reader *r, const lr_cline *l)
{
	json_t *o = last_owner(r);
	char *by;
	int y, old;

	if (o == NULL || lr_cline_starts(l, "nam sinh") < 0)
		return 0;
	if ((y = birth_year(by = after(l, "nam sinh", NULL), &old)) > 0 &&
	    json_is_null(json_object_get(o, "birth_year")))
		owner_field(r, o, "birth_year", json_integer(y),
		    l->conf * (old ? 0.5 : 1), l);
	free(by);
	return 1;
}

/* Is folded word f the word "số" with figures glued after it ("so01")? */
static int
so_glued(const char *f)
{
	return strncmp(f, "so", 2) == 0 && f[2] != '\0' &&
	    strspn(f + 2, "0123456789") == strlen(f + 2);
}

/* Where label p, its last word "số", stands in l with the ID's first
 * figures glued to that word ("CCCD số01 1055485453"): the index of that
 * word, or -1. */
static int
glued_so(const lr_cline *l, const char *p)
{
	size_t n = strlen(p);
	char *head;
	int a;

	if (n < 4 || strcmp(p + n - 3, " so") != 0 ||
	    (head = strndup(p, n - 3)) == NULL)
		return -1;
	a = lr_cline_find(l, head, 0);
	free(head);
	return a >= 0 && a < l->nw && so_glued(l->fw[a]) ? a : -1;
}

/* v, an ID's text, without the label's "số" glued to its first figures
 * (glued_so()), in place. */
static void
unglue_so(char *v)
{
	size_t n = strcspn(v, " ");
	char *w = strndup(v, n), *f = w != NULL ? lr_x_fold(w) : NULL;

	if (f != NULL && so_glued(f)) {
		size_t d = strcspn(v, "0123456789");
		memmove(v, v + d, strlen(v + d) + 1);
	}
	free(w), free(f);
}

/* Where the ID after label p in l begins, and its end in *end: the
 * first word after it with no digit (a birth year's label, its issue's
 * "cấp ngày ...", a table's address cell); -1 when p is not in l.  A
 * label whose "số" holds the ID's first figures (glued_so()) begins it. */
static int
id_span(const lr_cline *l, const char *p, int *end)
{
	int a = lr_cline_find(l, p, 0);

	if (a < 0)
		a = glued_so(l, p);
	*end = a + 1;
	while (a >= 0 && *end < l->nw && strpbrk(l->w[*end], "0123456789"))
		(*end)++;
	return a < l->nw ? a : -1;
}

/* A Vietnamese passport's number ("N7179607": a capital and seven
 * digits) in v, its trailing marks aside, into id (13 bytes): 1, or 0
 * when v is not one. */
static int
passport_of(const char *v, char id[13])
{
	size_t n = strcspn(v, ",;. ");

	if (n != 8 || !isupper((unsigned char)v[0]) || strspn(v + 1,
	    "0123456789") != 7 || strspn(v + n, ",;. ") != strlen(v + n))
		return 0;
	memcpy(id, v, n);
	id[n] = '\0';
	return 1;
}

/* Is word w a personal ID's number alone (9 to 12 figures, a stop
 * after it)? */
static int
id_number_word(const char *w)
{
	size_t n = strspn(w, "0123456789");

	return n >= 9 && n <= 12 && strspn(w + n, ",;.") == strlen(w + n);
}

/* The line after l when the ID whose value should begin at word a of l
 * wrapped in its table cell: word a holds no figure (the next cell's
 * words stand beside the label) and the next line opens with an ID's
 * number ("Số định danh cá nhân: ấp B, xã C" / "093079001524 thành
 * phố D"); else NULL. */
static const lr_cline *
id_wrapped(const struct reader *r, const lr_cline *l, int a)
{
	const lr_cline *n = l + 1;

	if (a < 0 || a >= l->nw || strpbrk(l->w[a], "0123456789") != NULL ||
	    n >= r->c.v + r->c.n || n->nw < 1 || !id_number_word(n->w[0]))
		return NULL;
	return n;
}

/* Is l a row of an owners' table, the words from b after its ID:
 * numbered ("1 Ông A ..."), or an owner's title first and after the ID
 * neither its issue ("cấp ngày", "do", "tại") nor a second owner ("và
 * bà")? */
static int
owner_row(const lr_cline *l, int b)
{
	static const char *const issue[] = { "cap", "ngay", "do", "tai" };

	if (row_number(l->w[0]))
		return 1;
	for (size_t i = 0; b < l->nw && i < sizeof(issue) / sizeof(*issue);
	    i++)
		if (strcmp(l->fw[b], issue[i]) == 0)
			return 0;
	return title_at(l) == 0 && lr_cline_find(l, "va", b) < 0;
}

/* A co-owners' table's row ("1 Ông A 1982 CMND số: 191335411 thôn B, xã
 * C"): the address cell after the ID, for the owner read last, the next
 * lines going on with it (the cell wrapped); the ID wrapped to the next
 * line (id_wrapped()), the address on both, that line read with this. */
static void
row_address(struct reader *r, const lr_cline *l)
{
	json_t *o = last_owner(r);
	const lr_cline *n = NULL;
	int a = -1, b = 0, e;
	char *v = NULL, *w = NULL, *t;

	for (size_t i = 0; o != NULL && a < 0 && i < r->data->nids; i++)
		a = id_span(l, r->data->ids[i].phrase, &b);
	if (a < 0 || l->nw < 2 || !owner_row(l, b))
		return;
	if ((n = id_wrapped(r, l, a)) != NULL)
		b = a;
	while (b < l->nw && lr_alnums(l->w[b]) == 0)
		b++;		/* the cell's rule read as a dash */
	if ((e = value_end(r, l, b)) <= b ||
	    (v = lr_cline_text(l, b, e)) == NULL)
		return;
	if (n != NULL && (w = lr_cline_text(n, 1, value_end(r, n, 1))) !=
	    NULL && asprintf(&t, "%s%s %s", v, strchr(l->w[e - 1], ',') ?
	    "," : "", w) > 0)	/* the comma the cell's end had */
		free(v), v = t;
	owner_field(r, o, "address", json_string(v), l->conf, l);
	free(v), free(w);
	if (n != NULL)
		r->skip = n;
	keep_going(r, "address", json_pack("[O]", o));
}

static void flag(struct reader *r, const char *field, const char *reason);

/* The ID v (a new string, freed here) under label row i of
 * certificates.tsv, as owner o's, fixed of its figures put back by the
 * line (its 6s); lr_id_repairs() judges those and OCR's letters read as
 * figures: too many, no value and the ID for review. */
static void
id_put(struct reader *r, json_t *o, size_t i, char *v, const lr_cline *l,
    int fixed)
{
	char id[13], path[80];
	int rep = 0;
	enum lr_id_kind k;
	double q;

	unglue_so(v);
	k = lr_id_read(v, id, &rep);
	rep = k != LR_ID_BAD ? lr_id_repairs(rep + fixed) : 0;
	q = rep ? 0.8 : 1;
	if (k == LR_ID_BAD && lr_x_old_id(v, id))
		k = LR_ID_CMND, q = 0.5;	/* old-style figures */
	if (k == LR_ID_BAD && strcmp(r->data->ids[i].what, "passport") == 0 &&
	    passport_of(v, id))
		k = LR_ID_CMND;		/* read, as it is printed */
	free(v);
	if (rep == LR_ID_REFUSED)
		k = LR_ID_BAD;
	owner_field(r, o, "id_type", json_string(r->data->ids[i].what),
	    l->conf, l);
	owner_field(r, o, "id_number", k != LR_ID_BAD ? json_string(id) :
	    json_null(), k != LR_ID_BAD ? l->conf * q : 0, l);
	if (rep == 0)
		return;
	snprintf(path, sizeof(path), "certificate.owners[%zu].id_number",
	    owner_index(r, o));
	flag(r, path, rep == LR_ID_REFUSED ? lr_why_id_refused :
	    lr_why_id_fixed);
}

/* An ID line (its label an "id" row of certificates.tsv): the ID of the
 * owner read last on it (id_span()); a couple's two IDs under one label
 * ("CMND số: 090641926 và 091745766") the last two owners', in order. */
static int
id_line(struct reader *r, const lr_cline *l)
{
	json_t *o = last_owner(r);
	size_t n = json_array_size(r->owners);

	if (o != NULL && !json_is_null(json_object_get(o, "id_number")))
		return 0;
	for (size_t i = 0; o && i < r->data->nids; i++) {
		int a[2], b[2], k = 1;
		if ((a[0] = id_span(l, r->data->ids[i].phrase, &b[0])) < 0)
			continue;
		if (n >= 2 && b[0] + 1 < l->nw && strcmp(l->fw[b[0]], "va") ==
		    0 && json_is_null(json_object_get(json_array_get(r->owners,
		    n - 2), "id_number"))) {
			a[1] = b[0] + 1;
			for (b[1] = a[1]; b[1] < l->nw && strpbrk(l->w[b[1]],
			    "0123456789"); b[1]++)
				;
			k += b[1] > a[1];
		}
		if (k == 1 && id_wrapped(r, l, a[0]) != NULL) {
			char *v = strdup(l[1].w[0]);
			if (v != NULL)
				id_put(r, o, i, v, &l[1],
				    lr_cline_fixed(&l[1], 0, 1));
			return 1;
		}
		for (int j = 0; j < k; j++) {
			char *v = lr_cline_text(l, a[j], b[j]);
			if (v != NULL)
				id_put(r, json_array_get(r->owners, n - k + j),
				    i, v, l, lr_cline_fixed(l, a[j], b[j]));
		}
		return 1;
	}
	return 0;
}

/* "Địa chỉ thường trú: ..." of the owners: every owner without one (a
 * couple's address is printed once). */
static int
owner_address(struct reader *r, const lr_cline *l)
{
	/* a person's, an organisation's head office, an owner abroad's
	 * contact, a household's "Cùng thường trú tại:" */
	static const char *const labels[] = { "dia chi thuong tru",
	    "dia chi tru so chinh", "dia chi tru so", "dia chi lien he",
	    "dia chi", "thuong tru tai" };
	char *v = NULL;
	size_t i;
	json_t *o;

	for (i = 0; v == NULL && i < sizeof(labels) / sizeof(*labels); i++)
		v = value_after(r, l, labels[i]);
	if (v == NULL)
		return 0;
	json_array_foreach(r->owners, i, o)
		if (json_is_null(json_object_get(o, "address"))) {
			char path[64];
			snprintf(path, sizeof(path), "owners[%zu].address", i);
			lr_cfield(o, "address", json_string(v), r->fields, path,
			    l->conf, l);
		}
	free(v);
	keep_going(r, "address", json_incref(r->owners));
	return 1;
}

/* Does l begin a statement of the owners part of its own: numbered
 * ("2.", "II."), an owner's title first, a part's heading, a serial (not
 * a passport's number after its label), a line in capitals? */
static int
opens_statement(const struct reader *r, const lr_cline *l)
{
	char *sn = loose_serial(r, l, NULL);
	int opens = sn != NULL || l->nw == 0 || numbering(l->w[0]) ||
	    title_at(l) >= 0 || caps_line(l);

	free(sn);
	for (size_t i = 0; !opens && i < r->data->nparts; i++)
		opens = lr_cline_starts(l, r->data->parts[i].phrase) >= 0;
	return opens;
}

/* Does l leave an owner's statement open: its last word ends in no "."
 * and holds no digit (a birth year or an ID ends one)? */
static int
left_open(const lr_cline *l)
{
	const char *w = l->nw > 0 ? l->w[l->nw - 1] : ".";

	return w[strlen(w) - 1] != '.' && strpbrk(w, "0123456789") == NULL;
}

/* The word of l (from word 1) where a spouse's "và vợ là", "và chồng là",
 * "và bà", "và ông" or the address's label begins, the first after word
 * a; l->nw none. */
static int
owner_cut(const lr_cline *l, int a)
{
	static const char *const cuts[] = { "va vo la", "va chong la",
	    "va ba", "va ong", "dia chi thuong tru", "thuong tru tai" };
	int at = l->nw, k;

	for (size_t i = 0; i < sizeof(cuts) / sizeof(*cuts); i++)
		if ((k = lr_cline_at(l, cuts[i], a + 1)) > a && k < at)
			at = k;
	return at;
}

/* One statement of an owner's sentence: an owner with its ID, or the
 * address. */
static void
owner_piece(struct reader *r, const lr_cline *p)
{
	if (owner_line(r, p) || unnamed_owner(r, p)) {
		id_line(r, p);
		row_address(r, p);
	} else if (owner_address(r, p))
		stop_going_on(r);
}

/* An owner's sentence wrapped over lines, a couple in one ("Ông A, năm
 * sinh 1976, CMND số: 277794659 và vợ là bà H'" / "Ngoan Êban, năm sinh
 * 1975, CMND số: 344571569; địa chỉ thường trú:" / "thôn 2, xã Ea Kly,
 * ..."): the lines it goes on over (left_open, opens_statement) read as
 * one, cut into an owner at each title and the address at its label.
 * Returns 1 when l began one that needed it (wrapped, or two statements
 * on a line); the lines it took are skipped. */
static int
owner_sentence(struct reader *r, const lr_cline *l)
{
	const lr_cline *end = r->c.v + r->c.n;
	int n = 1, a = 0, b;
	lr_cline s, p;

	if (title_at(l) < 0)
		return 0;
	while (n < 6 && l + n < end && l[n].page == l->page && left_open(&l[n
	    - 1]) && !opens_statement(r, &l[n]))
		n++;
	if (lr_cline_span(l, n, 0, INT_MAX, &s) != 0)
		return 0;
	if (n == 1 && owner_cut(&s, 0) == s.nw) {
		lr_cline_release(&s);
		return 0;
	}
	for (; a < s.nw; a = b) {
		b = owner_cut(&s, a);
		if (lr_cline_span(&s, 1, a, b, &p) == 0)
			owner_piece(r, &p);
		lr_cline_release(&p);
	}
	lr_cline_release(&s);
	r->skip = l + n - 1;
	return 1;
}

/* An address's ". " before a unit's type word is OCR's comma ("xã Mường
 * Do. huyện Phù Yên"): made ", " in o's key. */
static void
address_commas(json_t *o, const char *key)
{
	const char *a = json_string_value(json_object_get(o, key));
	char *s = a ? strdup(a) : NULL;

	for (char *p = s; p != NULL && (p = strstr(p, ". ")) != NULL; p++) {
		char *f = lr_x_fold(p + 2);
		const lr_unit_word *t = lr_unit_type(f);
		if (t != NULL && t->level != LR_TYPE_VILLAGE)
			*p = ',';
		free(f);
	}
	if (s != NULL)
		json_object_set_new(o, key, json_string(s));
	free(s);
}

/* The unit type word (lr_unit_type) part p (n bytes) begins with, some
 * text after it: its entry, its length in p in *len; NULL (*len 0) when
 * none. */
static const lr_unit_word *
type_in(const char *p, size_t n, size_t *len)
{
	char *s = strndup(p, n), *f = s != NULL ? lr_x_fold(s) : NULL;
	const lr_unit_word *t = lr_unit_type(f);

	*len = t != NULL ? strcspn(p, " ") : 0;
	for (const char *sp = t ? strchr(t->folded, ' ') : NULL; sp != NULL &&
	    *len < n; sp = strchr(sp + 1, ' '))
		*len += 1 + strcspn(p + *len + 1, " ");
	free(s), free(f);
	/* the words themselves fold to the type ("' bán Lọng": not "'") */
	s = t != NULL && *len < n && p[*len] == ' ' ? strndup(p, *len) : NULL;
	f = s != NULL ? lr_x_fold(s) : NULL;
	if (f == NULL || strcmp(f, t->folded) != 0)
		t = NULL, *len = 0;
	free(s), free(f);
	return t;
}

/* The length of the unit type part p (n bytes) begins with, its marks
 * misread ("bẫn Hấu Chua", "xũ Mường Mùn"), and its spelling (*t); 0 when
 * none or when it is written right, in small letters or with a capital
 * first ("Quận 7, Thành phố Hồ Chí Minh" as printed). */
static size_t
misread_type(const char *p, size_t n, const char **t)
{
	size_t len;
	const lr_unit_word *u = type_in(p, n, &len);
	char *w, *cap;
	int right;

	if (u == NULL)
		return 0;
	w = strndup(p, len);
	cap = lr_sentence_case(u->printed);
	right = w == NULL || cap == NULL || strcmp(w, u->printed) == 0 ||
	    strcmp(w, cap) == 0;
	free(w), free(cap);
	if (right)
		return 0;
	*t = u->printed;
	return len;
}

/* The type word of each part of address key of o written as the unit
 * types are ("bẫn" read for "bản"): no other word folds to them. */
static void
address_types(json_t *o, const char *key)
{
	const char *a = json_string_value(json_object_get(o, key)), *t;
	char *out = NULL, *old;
	size_t n, sp, len;

	for (const char *p = a; p != NULL && *p != '\0'; p += n + (p[n] !=
	    '\0')) {
		n = strcspn(p, ",;");
		sp = strspn(p, " ");
		len = sp < n ? misread_type(p + sp, n - sp, &t) : 0;
		old = out;
		if (asprintf(&out, "%s%.*s%s%.*s%.*s", old ? old : "", (int)sp, p,
		    len ? t : "", (int)(n - sp - len), p + sp + len,
		    p[n] != '\0', p + n) < 0)
			out = NULL;
		free(old);
	}
	if (out != NULL && strcmp(out, a) != 0)
		json_object_set_new(o, key, json_string(out));
	free(out);
}

/* The length of the unit type last part p begins with, written right or
 * misread in its marks ("tỉnh", "tînh"); 0 when none. */
static size_t
type_at(const char *p)
{
	size_t len;

	type_in(p, strlen(p), &len);
	return len;
}

/* An address ends with its last unit's name, in capitals or title case:
 * two words or more in small letters after it ("tỉnh Điện Biên điược quyền
 * sử dụng ...", a stop phrase misread) ran on from the next statement and
 * are cut. */
static void
address_end(json_t *o, const char *key)
{
	const char *a = json_string_value(json_object_get(o, key)), *p, *w;
	size_t len, n;
	int small = 0;

	if (a == NULL)
		return;
	p = strrchr(a, ',') ? strrchr(a, ',') + 1 : a;
	p += strspn(p, " ");
	if ((len = type_at(p)) == 0)
		return;
	for (w = p + len; *(w += strspn(w, " ")) != '\0'; w += n) {
		char *word = strndup(w, n = strcspn(w, " "));
		int c = word ? lr_case_of(word) : LR_CASE_ODD;
		free(word);
		if (c == LR_CASE_SMALL)
			break;
	}
	for (const char *q = w; *(q += strspn(q, " ")) != '\0'; q += strcspn(q,
	    " "))
		small++;
	if (small >= 2 && w > a) {
		char *cut = strndup(a, (size_t)(w - a));
		for (n = cut ? strlen(cut) : 0; n > 0 && cut[n - 1] == ' '; n--)
			cut[n - 1] = '\0';
		if (cut != NULL)
			json_object_set_new(o, key, json_string(cut));
		free(cut);
	}
}

/* ---- Parcel ------------------------------------------------------- */

static void
parcel_text(struct reader *r, const lr_cline *l, const char *label,
    const char *key)
{
	char path[64], *v = value_after(r, l, label);

	if (v != NULL && strcmp(key, "use_form") == 0)
		v = lr_x_use_form(v);
	if (v == NULL)
		return;
	snprintf(path, sizeof(path), "parcel.%s", key);
	lr_cfield(r->parcel, key, json_string(v), r->fields, path, l->conf, l);
	if (strcmp(key, "use_form") == 0 && (strcmp(v, "Sử dụng riêng") == 0 ||
	    strcmp(v, "Sử dụng chung") == 0))	/* a known value, whole */
		confirm(r, "certificate.parcel.use_form");
	free(v);
	keep_going(r, strcmp(key, "use_form") != 0 ? key : NULL,
	    json_pack("[O]", r->parcel));
}

/* Word w, to its statement's end (";", ",", "."), as a number set in
 * old-style figures that OCR reads as letters ("4o6", "s34", "6o": o for
 * 0 or 9, s for 5): its figures into num (n bytes), the letters read as
 * lr_ocr_digit() reads them; the count of letters, or -1 when w is no
 * such number (a letter other than those, no real digit). */
int
lr_x_old_number(const char *w, char *num, size_t n)
{
	int rep = 0, real = 0, d;
	size_t k = 0;

	for (; w[k] != '\0' && strchr(";,.", w[k]) == NULL; k++) {
		if (k + 1 >= n || (d = lr_ocr_digit(w[k], &rep)) < 0)
			return -1;
		real += isdigit((unsigned char)w[k]) != 0;
		num[k] = (char)('0' + d);
	}
	num[k] = '\0';
	return real > 0 ? rep : -1;
}

/* The number after label in l, as text of digits: the next word, or
 * the part of the label's last word after its colon ("số:50"); its
 * letters for old-style figures read as figures, for review. */
static void
parcel_number(struct reader *r, const lr_cline *l, const char *label,
    const char *key)
{
	int a = lr_cline_find(l, label, 0), rep;
	const char *w = a > 0 ? label_tail(l->w[a - 1]) : NULL;
	char path[64], num[16];
	size_t n;

	if (w == NULL && (a < 0 || a >= l->nw))
		return;
	if (w == NULL)
		w = l->w[a];
	if ((rep = lr_x_old_number(w, num, sizeof(num))) < 0) {
		rep = 0;
		n = strspn(w, "0123456789");
		if (n == 0 || n >= sizeof(num))
			return;
		snprintf(num, sizeof(num), "%.*s", (int)n, w);
	}
	snprintf(path, sizeof(path), "parcel.%s", key);
	lr_cfield(r->parcel, key, json_string(num), r->fields, path, l->conf *
	    (rep > 0 ? 0.5 : 1), l);
}

static void
parcel_area(struct reader *r, const lr_cline *l)
{
	char *v = after(l, "dien tich", NULL);
	double a;
	int amb = 0;

	if (v != NULL && lr_read_vnnum(v, &a, &amb) > 0)
		lr_cfield(r->parcel, "area", json_real(a), r->fields,
		    "parcel.area", l->conf * (amb ? 0.7 : 1), l);
	free(v);
}

/* Is part p of a purposes list an item's term ("thời hạn: Lâu dài")?
 * Writes it to the last purpose. */
static int
item_term(struct reader *r, const char *p, double conf, const lr_cline *l)
{
	char *f = lr_x_fold(p), path[64];
	const char *colon = strchr(p, ':');
	size_t n = json_array_size(r->purposes);
	int is = f != NULL && colon != NULL && strncmp(f + strspn(f, " "),
	    "thoi han", 8) == 0 && n > 0;

	free(f);
	if (!is)
		return 0;
	snprintf(path, sizeof(path), "parcel.purposes[%zu].term", n - 1);
	lr_cfield(json_array_get(r->purposes, n - 1), "term", json_string(colon +
	    1 + strspn(colon + 1, " ")), r->fields, path, conf, l);
	return 1;
}

/* A purpose's area written after its name with no colon ("Đất ở tại
 * nông thôn 415,4 m²", a grid's row "Đất ở tại nông thôn (ONT) 198,1 Lâu
 * dài"): the number after the name's words, read into *a; the term after
 * its unit ("m²" and OCR's "m2", "m?") into *term (a pointer into p, NULL
 * when none).  Returns where the number begins, to cut the name there;
 * NULL when p holds none. */
static char *
bare_area(char *p, double *a, int *amb, const char **term)
{
	size_t n;

	for (char *s = strchr(p, ' '); s != NULL; s = strchr(s + 1, ' ')) {
		s += strspn(s, " ");
		if (!isdigit((unsigned char)*s) || (n = lr_read_vnnum(s, a,
		    amb)) == 0)
			continue;
		const char *t = s + n + strspn(s + n, " ");
		if (*t == 'm' && !isalpha((unsigned char)t[1]))
			t += strcspn(t, " ");
		t += strspn(t, " ");
		char *f = lr_x_fold(t);
		int dated = f != NULL && strncmp(f, "den ", 4) == 0;
		free(f);
		if (strpbrk(t, "0123456789") != NULL && !dated)
			continue;	/* not the last number, nor a term's */
		*term = *t != '\0' ? t : NULL;
		return s;
	}
	return NULL;
}

/* "Mục đích sử dụng: Đất ở tại nông thôn (ONT): 200 m²; ...", v its text
 * after the label, l its first line, list_conf its confidence (less for a
 * part whose old-style figures are mended, lr_x_old_figures()): one purpose for
 * each part between semicolons; a part "thời hạn: Lâu dài" is the term of
 * the purpose before it; an area after the name with no colon and a term
 * after the area are the purpose's too (bare_area); a colon that ends a
 * part is OCR's stop. */
static void
parcel_uses(struct reader *r, const lr_cline *l, char *v, double list_conf)
{
	char *save = NULL, code[4], path[64];

	for (char *p = strtok_r(v, ";", &save); p != NULL;
	    p = strtok_r(NULL, ";", &save)) {
		double conf = lr_x_old_figures(p) ? list_conf * 0.7 : list_conf;
		if (item_term(r, p, conf, l))
			continue;
		json_t *u = json_pack("{s:n,s:n,s:n}", "land_use", "area",
		    "term");
		size_t n = strlen(p);
		while (n > 0 && strchr(": ", p[n - 1]) != NULL)
			p[--n] = '\0';	/* OCR's ":" for the list's ";" or "." */
		char *colon = strrchr(p, ':'), *bare = NULL;
		const char *term = NULL;
		double a, q;
		int amb = 0;
		size_t i = json_array_size(r->purposes);
		json_array_append_new(r->purposes, u);
		if ((colon != NULL && lr_read_vnnum(colon + 1 + strspn(colon +
		    1, " "), &a, &amb) > 0) || (colon == NULL && (bare =
		    bare_area(p, &a, &amb, &term)) != NULL)) {
			snprintf(path, sizeof(path), "parcel.purposes[%zu].area",
			    i);
			lr_cfield(u, "area", json_real(a), r->fields, path,
			    conf, l);
			if (term != NULL) {
				snprintf(path, sizeof(path),
				    "parcel.purposes[%zu].term", i);
				lr_cfield(u, "term", json_string(term),
				    r->fields, path, conf, l);
			}
			*(bare != NULL ? bare : colon) = '\0';
		}
		snprintf(path, sizeof(path), "parcel.purposes[%zu].land_use", i);
		if (lr_x_land_use(r->x, p, code, &q) == 0)
			lr_cfield(u, "land_use", json_string(code), r->fields,
			    path, conf * q, l);
	}
}

/* "Thời hạn sử dụng: Lâu dài" for every purpose, or "ONT: Lâu dài; Đất
 * trồng cây lâu năm: Đến ngày ..." for each by its code or name (the 2024
 * form's "Đất ở tại nông thôn (ONT): 150 m², Lâu dài": the term after the
 * area and its comma, none when only the area was read); v the text after
 * the label, l its first line, list_conf its confidence (less for a part
 * whose old-style figures are mended). */
static void
parcel_terms(struct reader *r, const lr_cline *l, char *v, double list_conf)
{
	char *save = NULL, path[64], code[4];
	size_t i;
	json_t *u;

	for (char *p = strtok_r(v, ";", &save); p != NULL;
	    p = strtok_r(NULL, ";", &save)) {
		double conf = lr_x_old_figures(p) ? list_conf * 0.7 : list_conf;
		char *colon = strchr(p, ':');
		int named = colon != NULL && (*colon = '\0', 1) &&
		    lr_extract_land_use(r->x, p, code) == 0;
		const char *term = named ? colon + 1 : p;
		if (colon != NULL && !named)
			*colon = ':';
		term += strspn(term, " ");
		if (isdigit((unsigned char)*term) && (term = strstr(term,
		    ", ")) == NULL)
			continue;	/* an area whose term is not read */
		term += strspn(term, ", ");
		json_array_foreach(r->purposes, i, u) {
			const char *c = json_string_value(json_object_get(u,
			    "land_use"));
			if (named && (c == NULL || strcmp(c, code) != 0))
				continue;
			snprintf(path, sizeof(path), "parcel.purposes[%zu].term",
			    i);
			lr_cfield(u, "term", json_string(term), r->fields, path,
			    conf, l);
		}
	}
}

/* Words a..l->nw-1 of l as lr_cline_text gives them, with a last ":" kept
 * (a list's label whose value is on the next line): a new string. */
static char *
open_text(const lr_cline *l, int a)
{
	char *v = lr_cline_text(l, a, l->nw), *w = NULL;
	const char *last = l->nw > 0 ? l->w[l->nw - 1] : "";

	if (v == NULL || *last == '\0' || last[strlen(last) - 1] != ':')
		return v;
	if (asprintf(&w, "%s:", v) < 0)
		w = NULL;
	free(v);
	return w;
}

/* The purposes and their terms, read once their lines have all come. */
static void
parcel_lists(struct reader *r)
{
	char *u = strdup(json_string_value(json_object_get(r->lists,
	    "uses")) ?: ""), *t = strdup(json_string_value(json_object_get(
	    r->lists, "terms")) ?: "");

	if (u != NULL && r->uses_l != NULL)
		parcel_uses(r, r->uses_l, u, r->uses_conf);
	if (t != NULL && r->terms_l != NULL)
		parcel_terms(r, r->terms_l, t, r->terms_conf);
	free(u), free(t);
}

/* A list (purposes, terms) after label in l, or under it when the label
 * ends the line with its colon (a table's head has none): kept in r->lists[key] to be read at the end, and the
 * lines after it may go on it. */
static void
parcel_list(struct reader *r, const lr_cline *l, const char *label,
    const char *key, const lr_cline **first)
{
	int a = label_end(l, label);
	const char *lw;
	char *v;

	lw = a > 0 ? l->w[a - 1] : "";
	v = a < 0 ? NULL : a < l->nw ? open_text(l, a) : lw[0] != '\0' &&
	    lw[strlen(lw) - 1] == ':' ? strdup("") : NULL;

	if (v == NULL || *first != NULL || (r->uses_l == l && v[0] == '\0')) {
		free(v);
		return;
	}
	if (v[0] != '\0' && strpbrk(v, "0123456789") == NULL &&
	    v[strlen(v) - 1] == ':' && a > 0 && l->w[a - 1][0] != '\0' &&
	    l->w[a - 1][strlen(l->w[a - 1]) - 1] == ',')
		v[0] = '\0';	/* a heading: "Loại đất, diện tích và thời hạn:" */
	*first = l;
	*(strcmp(key, "uses") == 0 ? &r->uses_conf : &r->terms_conf) =
	    v[0] != '\0' ? l->conf : -1;
	json_object_set_new(r->lists, key, json_string(v));
	free(v);
	keep_going(r, key, json_pack("[O]", r->lists));
}

/* The columns l's words name as a table's head (certificates.tsv
 * "column" rows, lr_x_head_holds()), in found (use, area, term, number,
 * sheet); none when l holds a digit. */
static void
head_columns(const struct reader *r, const lr_cline *l, int found[5])
{
	static const char *const keys[] = { "use", "area", "term", "number",
	    "sheet" };
	char *t = lr_cline_text(l, 0, l->nw), *f = t != NULL &&
	    strpbrk(t, "0123456789") == NULL ? lr_x_fold(t) : NULL;

	for (size_t i = 0; i < 5; i++) {
		found[i] = 0;
		for (size_t k = 0; f != NULL && !found[i] &&
		    k < r->data->ncols; k++)
			found[i] = strcmp(r->data->cols[k].what, keys[i]) == 0 &&
			    lr_x_head_holds(f, r->data->cols[k].phrase);
	}
	free(t), free(f);
}

/* Does l hold a purposes grid's head, the phrases of its use, area and
 * term columns ("Mục đích sử dụng    Diện tích (m²)    Thời hạn sử
 * dụng"), no digit, and no parcel number's or sheet's column (the red
 * book's parcel table, read by its rules)? */
static int
grid_head(const struct reader *r, const lr_cline *l)
{
	int found[5];

	head_columns(r, l, found);
	return found[0] && found[1] && found[2] && !found[3] && !found[4];
}

/* Does l hold the head of the red book's parcel table: a parcel
 * number's or sheet's column and a purpose's (its "Mục đích sử dụng" a
 * column's head, no label of a list; the table is read by its rules)? */
static int
table_head(const struct reader *r, const lr_cline *l)
{
	int found[5];

	head_columns(r, l, found);
	return (found[3] || found[4]) && found[0] && (found[1] || found[2]);
}

/* A purposes grid's head (grid_head) opens the purposes list anew, its
 * rows under it each an item of its own ("Đất ở tại nông thôn (ONT) 198,1
 * Lâu dài": name, area and term, read by bare_area).  A heading over it
 * ("Mục đích sử dụng đất và thời hạn sử dụng:") left the list empty. */
static int
grid_rows(struct reader *r, const lr_cline *l)
{
	if (!grid_head(r, l))
		return 0;
	r->uses_l = l, r->uses_conf = -1, r->rows = 1;
	json_object_set_new(r->lists, "uses", json_string(""));
	keep_going(r, "uses", json_pack("[O]", r->lists));
	return 1;
}

static void
parcel_line(struct reader *r, const lr_cline *l)
{
	parcel_number(r, l, "thua dat so", "number");
	parcel_number(r, l, "to ban do so", "sheet");
	if (lr_cline_find(l, "thua dat so", 0) >= 0)
		;
	else if (lr_cline_find(l, "dia chi thua dat", 0) >= 0)
		parcel_text(r, l, "dia chi thua dat", "address");
	else
		parcel_text(r, l, "dia chi", "address");
	parcel_area(r, l);
	parcel_text(r, l, "hinh thuc su dung", "use_form");
	if (table_head(r, l))
		return;
	parcel_list(r, l, "muc dich su dung", "uses", &r->uses_l);
	parcel_list(r, l, "loai dat", "uses", &r->uses_l);
	parcel_list(r, l, "thoi han su dung", "terms", &r->terms_l);
	parcel_text(r, l, "nguon goc su dung", "origin");
}

/* The red book's "Được quyền sử dụng 1.674,6 m² đất tại <address>, gồm
 * các thửa đất sau:": the area stated (the parcel's, compared with its
 * table's total) and the parcel's address. */
static void
stated_parcel(struct reader *r, const lr_cline *l)
{
	int a = lr_cline_find(l, "duoc quyen", 0);
	int b = a >= 0 ? lr_cline_find(l, "su dung", a) : -1;
	char *v = b >= 0 ? lr_cline_text(l, b, l->nw) : NULL;
	double area;
	int amb = 0;

	if (v != NULL && lr_read_vnnum(v, &area, &amb) > 0 && area > 0) {
		r->stated = area, r->stated_l = l;
		if (json_is_null(json_object_get(r->parcel, "area")))
			lr_cfield(r->parcel, "area", json_real(area), r->fields,
			    "parcel.area", l->conf * (amb ? 0.7 : 1), l);
	}
	free(v);
	if (b >= 0 && lr_cline_find(l, "dat tai", b) >= 0)
		parcel_text(r, l, "dat tai", "address");
}

/* ---- House -------------------------------------------------------- */

/* The value v of kind ("area", "whole", "text") as JSON; NULL when
 * nothing is printed ("-/-") or it does not read.  *mended is set when an
 * area's old-style figures were mended (lr_x_old_figures()). */
static json_t *
house_value(const char *kind, const char *v, int *mended)
{
	double a;
	int amb = 0;

	if (strspn(v, "-/ ") == strlen(v))
		return NULL;
	if (strcmp(kind, "area") == 0) {	/* "7o,7 m²": old-style */
		char *f = strdup(v);
		size_t n = f != NULL ? (*mended = lr_x_old_figures(f),
		    lr_read_vnnum(f, &a, &amb)) : 0;
		free(f);
		return n > 0 ? json_real(a) : NULL;
	}
	if (strcmp(kind, "whole") == 0)
		return isdigit((unsigned char)v[0]) ? json_integer(atoi(v)) :
		    NULL;
	return json_string(v);
}

/* Is word w an item's numbering ("b)", "2.", "đ)")? */
static int
numbering(const char *w)
{
	size_t n = strlen(w);

	return n >= 2 && n <= 4 && (w[n - 1] == ')' || w[n - 1] == '.') &&
	    strpbrk(w, " ,;:") == NULL;
}

/* Does word k of l end in c? */
static int
ends_with(const lr_cline *l, int k, char c)
{
	size_t n = strlen(l->w[k]);

	return n > 0 && l->w[k][n - 1] == c;
}

/* Where a value from word v of l ends, before word end, at a "; " that
 * an item of its own follows, a label of one to four words and its colon
 * ("Căn hộ chung cư; Căn hộ số: 904; Tầng: 9"). */
static int
item_end(const lr_cline *l, int v, int end)
{
	for (int k = v; k + 1 < end; k++)
		for (int j = k + 1; ends_with(l, k, ';') && j < end && j <= k +
		    4; j++)
			if (ends_with(l, j, ':'))
				return k + 1;
	return end;
}

/* Is the house label that begins at word a of l, phrase p, written
 * whole: no colon inside it ("Kết cấu: Nhà sàn" is no "kết cấu nhà")? */
static int
label_whole(const lr_cline *l, const char *p, int a)
{
	int e = lr_cline_find(l, p, a);

	for (int k = a; k + 1 < e; k++)
		if (ends_with(l, k, ':'))
			return 0;
	return e >= 0;
}

/* Where house label i begins in l (after its numbering), and where its
 * value ends: at the next house label's numbering or label, at an item
 * of its own after a semicolon (item_end), or the line's end.  -1 when
 * label i is not in l whole (label_whole), or a longer label begins at
 * its word ("loại nhà ở" where "loại nhà" is found). */
static int
house_span(const struct reader *r, const lr_cline *l, size_t i, int *end)
{
	const char *p = r->data->house[i].phrase;
	int a = lr_cline_at(l, p, 0), v;

	*end = l->nw;
	if (a < 0 || !label_whole(l, p, a))
		return -1;
	for (size_t k = 0; k < r->data->nhouse; k++)
		if (strlen(r->data->house[k].phrase) > strlen(p) &&
		    lr_cline_at(l, r->data->house[k].phrase, a) == a &&
		    label_whole(l, r->data->house[k].phrase, a))
			return -1;
	for (size_t k = 0; k < r->data->nhouse; k++) {
		int b = lr_cline_at(l, r->data->house[k].phrase, a + 1);
		if (b > a && b < *end)
			*end = b > a + 1 && numbering(l->w[b - 1]) ? b - 1 : b;
	}
	v = lr_cline_find(l, p, a);
	*end = item_end(l, v, *end);
	return v;
}

/* Value v of the house's key, read as kind (house_value()), into the
 * house part. */
static void
house_put(struct reader *r, const lr_cline *l, const char *key,
    const char *kind, const char *v)
{
	char path[128];
	int mended = 0;
	json_t *j;

	if ((j = house_value(kind, v, &mended)) == NULL) {
		snprintf(path, sizeof(path), "certificate.house.%s", key);
		if (strspn(v, "-/ ") < strlen(v))	/* "s§,3 m²" */
			flag(r, path, "printed but not read");
		return;
	}
	if (r->house == NULL)
		r->house = json_object();
	snprintf(path, sizeof(path), "house.%s", key);
	lr_cfield(r->house, key, j, r->fields, path, l->conf * (mended ? 0.7 :
	    1), l);
}

/* House label i's value v into the house part. */
static void
house_item(struct reader *r, const lr_cline *l, size_t i, const char *v)
{
	char key[96], *kind;

	snprintf(key, sizeof(key), "%s", r->data->house[i].what);
	kind = strchr(key, ' ');
	*kind++ = '\0';
	house_put(r, l, key, kind, v);
}

/* The house part's heading with a value of its own ("2. Nhà ở: Căn hộ
 * chung cư số 613, tầng 23", an apartment's): the house's type, to the
 * first house label or stop. */
static void
house_heading(struct reader *r, const lr_cline *l)
{
	int a = lr_cline_starts(l, "nha o"), end;
	char *v;

	if (a < 1 || a >= l->nw || !ends_with(l, a - 1, ':'))
		return;
	end = value_end(r, l, a);
	for (size_t k = 0; k < r->data->nhouse; k++) {
		int b = lr_cline_at(l, r->data->house[k].phrase, a);
		if (b >= a && b < end)
			end = b > a && numbering(l->w[b - 1]) ? b - 1 : b;
	}
	if ((v = lr_cline_text(l, a, end)) != NULL)
		house_put(r, l, "type", "text", v);
	free(v);
}

/* The labelled items of the house part on line l, one or more ("a) Loại
 * nhà ở: Nhà ở riêng lẻ; b) Diện tích xây dựng: 80,5 m²"), by the "house"
 * rows of certificates.tsv: each value ends where the next label begins. */
static void
house_line(struct reader *r, const lr_cline *l)
{
	house_heading(r, l);
	for (size_t i = 0; i < r->data->nhouse; i++) {
		int end, a = house_span(r, l, i, &end), stop;
		if (a >= 0 && (stop = value_end(r, l, a)) < end)
			end = stop;	/* "; Cấp (Hạng): Cấp II" */
		char *v = a >= 0 ? lr_cline_text(l, a, end) : NULL;
		if (v != NULL)
			house_item(r, l, i, v);
		free(v);
	}
}

/* ---- The certificate's own fields --------------------------------- */

static void
cert_field(struct reader *r, const char *key, json_t *v, double conf,
    const lr_cline *l)
{
	if (json_is_null(json_object_get(r->cert, key)))
		lr_cfield(r->cert, key, v, r->fields, key, conf, l);
	else
		json_decref(v);
}

/* Is w (n bytes) one of the words of list v (n of them)? */
static int
word_in(const char *w, size_t n, const char *const *v, size_t nv)
{
	for (size_t k = 0; k < nv; k++)
		if (strlen(v[k]) == n && strncmp(w, v[k], n) == 0)
			return 1;
	return 0;
}

/* "ỦY BAN NHÂN DÂN HUYỆN X" as "Ủy ban nhân dân huyện X": the unit's type
 * in lower case, its first word and the second of a two-word type ("Thành
 * phố", "Thị xã"), never a name's word ("huyện Yên Thành"), nor the type
 * of a unit named by a number ("Quận 7", "Phường 12"); a new string. */
static char *
issuer_of(const char *unit)
{
	char *t = lr_title(unit), *s = NULL;
	size_t n;
	int low = 0;

	if (t == NULL)
		return NULL;
	for (const char *w = t; *w != '\0'; w += n + (w[n] == ' ')) {
		static const char *const types[] = { "Huyện", "Thị", "Xã",
		    "Thành", "Quận", "Tỉnh", "Phường" };
		static const char *const seconds[] = { "Phố", "Xã", "Trấn" };
		n = strcspn(w, " ");
		low = w == t ? word_in(w, n, types, 7) && !isdigit(
		    (unsigned char)w[n + (w[n] == ' ')]) : low &&
		    word_in(w, n, seconds, 3);
		char *lw = low ? lr_lower(w) : NULL;
		char *old = s;
		if (asprintf(&s, "%s%s%.*s", old ? old : "", old ? " " : "",
		    (int)(low && lw ? strcspn(lw, " ") : n), low && lw ? lw : w) <
		    0)
			s = NULL;
		free(old), free(lw);
	}
	free(t);
	return s;
}

/* Is word i of l a mark, not a word of the text: punctuation, a number
 * or one or two letters (a plan's dimensions and the specks of its lines
 * beside a signature block: "23,95 HUYỆN VỊ XUYÊN", "_ Í | SỞ ...")? */
static int
mark_word(const lr_cline *l, int i)
{
	const char *f = l->fw[i];

	return strlen(f) < 3 || strspn(f, "0123456789 ") == strlen(f);
}

/* The word of l where word w (as written) stands after marks only
 * (mark_word); -1 when it does not. */
static int
word_after_marks(const lr_cline *l, const char *w)
{
	for (int a = 0; a < l->nw; a++)
		if (strcmp(l->w[a], w) == 0)
			return a;
		else if (!mark_word(l, a))
			break;
	return -1;
}

/* Does l's word a begin a district's, a city's or a province's type word
 * (lr_unit_type)? */
static int
unit_type_word(const lr_cline *l, int a)
{
	char s[64] = "";
	const lr_unit_word *t;

	for (int i = a; i < l->nw && i < a + 3; i++)
		if (strlen(s) + strlen(l->fw[i]) + 2 < sizeof(s))
			strcat(strcat(s, l->fw[i]), " ");
	t = lr_unit_type(s);
	return t != NULL && (t->level == LR_TYPE_DISTRICT ||
	    t->level == LR_TYPE_CITY || t->level == LR_TYPE_PROVINCE);
}

/* The word where l's unit begins, after marks only: the type word of a
 * unit a committee serves ("HUYỆN", "THÀNH PHỐ", "TỈNH" ...); -1. */
static int
unit_typed(const lr_cline *l)
{
	for (int a = 0; a < l->nw; a++)
		if (unit_type_word(l, a))
			return a;
		else if (!mark_word(l, a))
			break;
	return -1;
}

static void
issuer_line(struct reader *r, const lr_cline *l)
{
	int a = lr_cline_find(l, "uy ban nhan dan", 0), b, k;
	int at = lr_cline_at(l, "uy ban nhan dan", 0);
	char *unit, *iss, *full = NULL;

	/* "do Ủy ban nhân dân huyện X cấp ngày ...", "của Ủy ban ...": a
	 * note's body that issued another paper (the certificate exchanged) */
	if (!r->next_issuer && at > 0 && (strcmp(l->fw[at - 1], "do") == 0 ||
	    strcmp(l->fw[at - 1], "cua") == 0))
		return;
	if (r->next_issuer) {
		r->next_issuer = 0;
		if ((a = unit_typed(l)) < 0)	/* "CHỦ TỊCH": the signer */
			return;
	} else if (a < 0)
		return;
	if ((b = lr_cline_at(l, "chung nhan", a)) < 0)
		b = l->nw;
	if ((k = lr_cline_at(l, "cap giay", a)) >= 0 && k < b)
		b = k;	/* "Ủy ban nhân dân huyện X cấp giấy chứng nhận" */
	if ((unit = lr_cline_text(l, a, b)) == NULL) {
		r->next_issuer = lr_cline_find(l, "tm", 0) >= 0;
		if (r->next_issuer)
			r->signs = l;
		return;
	}
	if ((iss = issuer_of(unit)) != NULL && asprintf(&full,
	    "Ủy ban nhân dân %s", iss) > 0)
		cert_field(r, "issuer", json_string(full), l->conf, l);
	free(unit), free(iss), free(full);
}

/* The words a..end-1 of a department's name in capitals ("TÀI NGUYÊN VÀ
 * MÔI TRƯỜNG") as it is written: the first of each name joined by "và" in
 * capitals, the rest in lower case ("Tài nguyên và Môi trường"); a new
 * string, NULL when out of memory. */
static char *
dept_name(const lr_cline *l, int a, int end)
{
	char *s = strdup("");

	for (int i = a; s != NULL && i < end; i++) {
		int first = i == a || strcmp(l->fw[i - 1], "va") == 0;
		char *w = first ? lr_title(l->w[i]) : lr_lower(l->w[i]), *o = s;
		if (w == NULL || asprintf(&s, "%s%s%s", o, *o ? " " : "", w) < 0)
			s = NULL;
		free(o), free(w);
	}
	return s;
}

/* The word of l from a where a province or city begins with its type
 * ("TỈNH THỪA THIÊN HUẾ", "THÀNH PHỐ ĐÀ NẴNG"); l->nw when none. */
static int
province_at(const lr_cline *l, int a)
{
	int t = lr_cline_at(l, "tinh", a), c = lr_cline_at(l, "thanh pho", a);

	if (t < 0 || (c >= 0 && c < t))
		t = c;
	return t < 0 ? l->nw : t;
}

/* A department signs ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", its province on the
 * line or the next, "TỈNH LÂM ĐỒNG"): the issuer is "Sở Tài nguyên và Môi
 * trường tỉnh Lâm Đồng"; with no province the department alone (which
 * check_issuer() puts to review, naming no province). */
static void
dept_line(struct reader *r, const lr_cline *l)
{
	const lr_cline *n = l + 1, *end = r->c.v + r->c.n;
	int a, u = 0, has_unit, p;
	char *name, *unit = NULL, *iss = NULL, *full = NULL;

	if ((a = word_after_marks(l, "SỞ")) < 0 || a + 2 >= l->nw ||
	    !caps_line(l))
		return;
	if ((p = province_at(l, a + 2)) < l->nw)
		n = l, u = p;	/* on the department's line */
	while (n < end && n->page == l->page && n - l < 3 && n->nw > 0 &&
	    strspn(n->fw[0], "0123456789 ") == strlen(n->fw[0]) && n->nw == 1)
		n++;	/* a plan's dimension between the lines */
	has_unit = n == l || (n < end && n->page == l->page &&
	    (u = unit_typed(n)) >= 0);
	if (has_unit && (unit = lr_cline_text(n, u, n->nw)) != NULL)
		iss = issuer_of(unit);
	if ((name = dept_name(l, a + 1, p)) != NULL && asprintf(&full,
	    "Sở %s%s%s", name, iss ? " " : "", iss ? iss : "") > 0)
		cert_field(r, "issuer", json_string(full), has_unit &&
		    n->conf < l->conf ? n->conf : l->conf, l);
	free(name), free(unit), free(iss), free(full);
}

/* "<Place>, ngày 28 tháng 9 năm 2014": the date of issue (the first date
 * line outside the change register). */
static void
date_line(struct reader *r, const lr_cline *l)
{
	char iso[11];
	int rep = 0;

	if (lr_cline_date(l, iso, &rep) != 0)
		return;
	if (r->date_l == NULL)
		r->date_l = l;
	cert_field(r, "date", json_string(iso), l->conf * (rep ? 0.8 : 1), l);
}

/* The part of address a (comma-separated) that is a unit a committee
 * serves ("huyện Tủa Chùa", "thành phố Điện Biên Phủ") named folded
 * place: a new string, or NULL. */
static char *
unit_named(const char *a, const char *place)
{
	char *part, *f, *out = NULL;
	const lr_unit_word *t;

	for (size_t n; a != NULL && *a != '\0' && out == NULL; a += n +
	    (a[n] != '\0')) {
		n = strcspn(a, ",;");
		size_t k = strspn(a, " "), e = n;
		while (e > k && a[e - 1] == ' ')
			e--;
		if ((part = strndup(a + k, e > k ? e - k : 0)) == NULL)
			return NULL;
		if ((f = lr_x_fold(part)) != NULL &&
		    (t = lr_unit_type(f)) != NULL &&
		    (t->level == LR_TYPE_DISTRICT || t->level == LR_TYPE_CITY) &&
		    strcmp(f + strlen(t->folded) + 1, place) == 0)
			out = strdup(part);
		free(f);
		free(part);
	}
	return out;
}

/* A committee that signs "TM. ỦY BAN NHÂN DÂN" without its unit serves the
 * place its date of issue is written in ("Tủa Chùa, ngày ..."): the issuer
 * is the committee of the unit by that name in the parcel's or an owner's
 * address ("huyện Tủa Chùa").  With no such signature read, the same guess
 * is for review (a department may have signed). */
static void
issuer_of_place(struct reader *r)
{
	const lr_cline *l = r->date_l;
	int d = l != NULL ? lr_cline_at(l, "ngay", 0) : -1;
	char *place = d > 0 ? lr_cline_text(l, 0, d) : NULL, *fp, *unit = NULL,
	    *full = NULL;

	if (place == NULL || !json_is_null(json_object_get(
	    r->cert, "issuer")) || (fp = lr_x_fold(place)) == NULL) {
		free(place);
		return;
	}
	unit = unit_named(json_string_value(json_object_get(r->parcel,
	    "address")), fp);
	for (size_t i = 0; unit == NULL && i < json_array_size(r->owners); i++)
		unit = unit_named(json_string_value(json_object_get(
		    json_array_get(r->owners, i), "address")), fp);
	if (unit != NULL && asprintf(&full, "Ủy ban nhân dân %s", unit) > 0)
		cert_field(r, "issuer", json_string(full), r->signs == NULL ? 0 :
		    l->conf < r->signs->conf ? l->conf : r->signs->conf,
		    r->signs != NULL ? r->signs : l);
	if (unit != NULL && r->signs == NULL)
		flag(r, "certificate.issuer", "no signature read: taken from "
		    "the place of issue");
	free(place), free(fp), free(unit), free(full);
}

/* Is w a register's code ("CH", "QSDĐ": capitals only), or its number
 * (digits only)? */
static int
reg_code(const char *w)
{
	return strpbrk(w, "0123456789.,:;") == NULL && lr_case_of(w) ==
	    LR_CASE_CAPS;
}

static int
reg_number(const char *w)
{
	return w[0] != '\0' && strspn(w, "0123456789") == strlen(w);
}

/* Is w a code and a number in one word ("CT-39957", "CS01234",
 * "02973/QSDĐ")? */
static int
reg_joined(const char *w)
{
	size_t c = 0, d = strspn(w, "0123456789"), n = strlen(w);

	if (d == 0) {		/* the code first */
		while (isupper((unsigned char)w[c]))
			c++;
		c += c > 0 && strchr("-./", w[c]) != NULL && w[c] != '\0';
		d = strspn(w + c, "0123456789");
		return c > 0 && d >= 3 && c + d == n;
	}
	return d >= 3 && w[d] == '/' && reg_code(w + d + 1);
}

/* The end of the register number from word a of l: a code and a number
 * ("CH 01120"), a number and a code ("08140 QSDĐ") or both in one word
 * ("CT-39957"); the line's end when it is none of them. */
static int
register_end(const lr_cline *l, int a)
{
	if (a < l->nw && reg_joined(l->w[a]))
		return a + 1;
	if (a + 1 < l->nw && reg_code(l->w[a]) && reg_number(l->w[a + 1]))
		return a + 2;
	if (a < l->nw && reg_number(l->w[a]))
		return a + 1 + (a + 1 < l->nw && reg_code(l->w[a + 1]));
	return l->nw;
}

/* Do words a.. of l hold a digit (a register number holds one)? */
static int
digit_from(const lr_cline *l, int a)
{
	for (; a < l->nw; a++)
		if (strpbrk(l->w[a], "0123456789") != NULL)
			return 1;
	return 0;
}

/* The word after the wrapped end of a label that begins l ("quyền sử
 * dụng đất:" under "Số vào sổ cấp giấy chứng nhận"): after the first of
 * l's first four words that ends in a colon, no digit before it; 0. */
static int
wrapped_label(const lr_cline *l)
{
	for (int a = 0; a < l->nw && a < 4; a++) {
		if (strpbrk(l->w[a], "0123456789") != NULL)
			break;
		if (l->w[a][strlen(l->w[a]) - 1] == ':')
			return a + 1;
	}
	return 0;
}

/* The register number on a line of its own under its label (the 2024
 * form's "Số vào sổ cấp Giấy chứng nhận:" / "CS 01234"), on one of the
 * three lines after it on its page, at the line's start. */
static void
register_below(struct reader *r, const lr_cline *l)
{
	const lr_cline *lab = r->reg_label;
	int a, b;
	char *v;

	if (lab == NULL || l->page != lab->page || l - lab > 3)
		return;
	a = wrapped_label(l);
	b = register_end(l, a);
	if (b == l->nw && !(l->nw - a <= 2 && digit_from(l, a)))
		return;
	r->reg_label = NULL;
	if ((v = lr_cline_text(l, a, b)) != NULL)
		cert_field(r, "register_number", json_string(v), l->conf, l);
	free(v);
}

/* The value glued to a label's last word by its colon ("GCN:CH", the
 * register's code): the part after the colon, or NULL. */
static const char *
label_tail(const char *w)
{
	const char *c = strchr(w, ':');

	return c != NULL && c[1] != '\0' ? c + 1 : NULL;
}

/* The word after the first register label (certificates.tsv "register"
 * rows) in l; -1 when none. */
static int
register_label(const struct reader *r, const lr_cline *l)
{
	int a = -1, k;

	for (size_t i = 0; i < r->data->nregisters; i++)
		if ((k = lr_cline_find(l, r->data->registers[i].phrase, 0)) >= 0
		    && (a < 0 || k < a))
			a = k;
	return a;
}

/* The word after a label's last word from word a of l, the first of the
 * next six that ends in a colon with no digit before it ("... quyền sử
 * dụng đất số:"); a when none. */
static int
past_colon(const lr_cline *l, int a)
{
	for (int k = a; k < l->nw && k < a + 6; k++) {
		if (strpbrk(l->w[k], "0123456789") != NULL)
			break;
		if (l->w[k][strlen(l->w[k]) - 1] == ':')
			return k + 1 < l->nw ? k + 1 : a;
	}
	return a;
}

static void
register_line(struct reader *r, const lr_cline *l)
{
	int a = register_label(r, l), b;
	char *v, *rest, *full = NULL;
	const char *head = NULL;

	register_below(r, l);
	if (a < 0)
		return;
	if (a < l->nw && strncmp(l->fw[a], "gcn", 3) == 0)
		head = label_tail(l->w[a++]);
	else if (lr_cline_find(l, "giay chung nhan", a) >= 0)
		a = lr_cline_find(l, "giay chung nhan", a);
	if (head == NULL)
		a = past_colon(l, a);	/* "... nhận QSDĐ:", "... đất số:" */
	if (!digit_from(l, a)) {	/* the number is under its label */
		r->reg_label = l;
		return;
	}
	b = register_end(l, a);
	if ((rest = lr_cline_text(l, b, l->nw)) != NULL &&
	    json_is_null(json_object_get(r->cert, "register_number")))
		r->reg_cut = 1;
	if ((v = lr_cline_text(l, a, b)) != NULL && (head == NULL ||
	    asprintf(&full, "%s %s", head, v) > 0))
		cert_field(r, "register_number", json_string(full ? full : v),
		    l->conf, l);
	free(v), free(rest), free(full);
}

/* Is l's text in capitals (a title's line)? */
static int
caps_line(const lr_cline *l)
{
	char *t = lr_cline_text(l, 0, l->nw);
	int caps = t != NULL && lr_case_of(t) == LR_CASE_CAPS;

	free(t);
	return caps;
}

/* Does folded phrase p run over the end of title line l and the start of
 * the next ("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU" / "TÀI SẢN GẮN LIỀN VỚI
 * ĐẤT"), both in capitals on one page? */
static int
title_wraps(const struct reader *r, const lr_cline *l, const char *p)
{
	const lr_cline *n = l + 1;
	char *j = NULL, *s = NULL, *m;
	size_t in_l = 0;
	int found;

	if (n >= r->c.v + r->c.n || n->page != l->page || !caps_line(l) ||
	    !caps_line(n))
		return 0;
	for (int k = 0; k < l->nt + n->nt; k++) {
		char *old = j;
		if (asprintf(&j, "%s%s ", old ? old : " ", k < l->nt ? l->t[k] :
		    n->t[k - l->nt]) < 0)
			j = NULL;
		free(old);
		if (j != NULL && k == l->nt - 1)
			in_l = strlen(j) - 1;
	}
	found = j != NULL && asprintf(&s, " %s ", p) > 0 &&
	    (m = strstr(j, s)) != NULL && (size_t)(m - j) < in_l;
	free(j), free(s);
	return found;
}

/* Does l, or l with the next line when the title wraps, say phrase p? */
static int
title_says(const struct reader *r, const lr_cline *l, const char *p)
{
	return lr_cline_find(l, p, 0) >= 0 || title_wraps(r, l, p);
}

/* The form's generation from its title's words (one line, or two when
 * the title wraps); a title line of the certificate ("QUYỀN SỬ DỤNG ĐẤT"
 * alone, as the forms print it under "GIẤY CHỨNG NHẬN") kept as the red
 * book's evidence, the first heading only one generation prints
 * (certificates.tsv "wording" rows) as its own. */
static void
generation_line(struct reader *r, const lr_cline *l)
{
	const char *g = NULL;

	if (title_says(r, l, "quyen so huu nha o va tai san khac"))
		g = "pink";
	else if (title_says(r, l, "quyen so huu tai san gan lien voi dat"))
		g = "form2024";
	if (g != NULL)
		cert_field(r, "generation", json_string(g), l->conf, l);
	for (size_t i = 0; r->worded == NULL && i < r->data->nwording; i++)
		if (lr_cline_find(l, r->data->wording[i].phrase, 0) >= 0)
			r->worded = &r->data->wording[i], r->worded_l = l;
	if (g == NULL && r->title == NULL && (lr_cline_find(l,
	    "giay chung nhan quyen su dung dat", 0) >= 0 ||
	    (lr_cline_starts(l, "quyen su dung dat") >= 0 && l->nt == 4)))
		r->title = l;
}

/* The serial after one of its labels ("Số seri: BY 44284188", "Số phát
 * hành: AC 385174. Vào sổ ..."): its one or two words, whatever follows;
 * NULL when no label or no serial after it. */
static char *
labelled_serial(const struct reader *r, const lr_cline *l, double *conf)
{
	char *t = NULL;

	for (size_t i = 0; t == NULL && i < r->data->nserials; i++) {
		int a = lr_cline_find(l, r->data->serials[i].phrase, 0);
		t = a < 0 ? NULL : lr_cline_serial(l, past_colon(l, a), l->nw,
		    conf);
	}
	return t;
}

/* One or two words of l before word end that are a serial: a new
 * string (its confidence into *conf, may be NULL), or NULL. */
static char *
serial_before(const lr_cline *l, int end, double *conf)
{
	char *t = NULL;

	for (int k = 0; t == NULL && k < end; k++)
		t = lr_cline_serial(l, k, end, conf);
	return t;
}

/* One or two words of l anywhere that are a serial: a new string, or
 * NULL. */
static char *
serial_in(const lr_cline *l)
{
	return serial_before(l, l->nw, NULL);
}

/* A serial printed without its label beside other marks on its line (the
 * pink form's red serial by its barcode: "lIlIl BN 377758"), on a line
 * that names no ID paper or register (a passport number "C1234567" has a
 * serial's form); on a line with the register's label, before it; NULL. */
static char *
loose_serial(const struct reader *r, const lr_cline *l, double *conf)
{
	int reg = lr_cline_at(l, "vao so", 0);

	if (id_label_at(r, l) < l->nw)
		return NULL;
	/* the 2024 form's "Số seri: KL 78241454    Số vào sổ ...: CT 028402",
	 * its label misread: the serial is before the register's label */
	return serial_before(l, reg < 0 ? l->nw : reg - 1, conf);
}

/* The serial after its label on a change register's page (a trang bổ
 * sung's head: "Số vào sổ cấp GCN: CS 77049; Số phát hành GCN: CĐ
 * 515320"), when none was read before. */
static void
supplement_serial(struct reader *r, const lr_cline *l)
{
	double conf = 0;
	char *t;

	if (!json_is_null(json_object_get(r->cert, "serial")) ||
	    (t = labelled_serial(r, l, &conf)) == NULL)
		return;
	cert_field(r, "serial", json_string(t), conf, l);
	free(t);
}

/* The serial l prints, alone, after its label or beside other marks; its
 * confidence its own words' lowest (lr_cline_wconf). */
static void
serial_line(struct reader *r, const lr_cline *l)
{
	char *t = lr_cline_text(l, 0, l->nw);
	double conf = lr_cline_wconf(l, 0, l->nw);

	if (t == NULL || !lr_x_is_serial(t)) {
		free(t);
		t = labelled_serial(r, l, &conf);
	}
	if (t == NULL)
		t = loose_serial(r, l, &conf);
	if (t != NULL)
		cert_field(r, "serial", json_string(t), conf, l);
	free(t);
}

/* The digits in the serial read (8 on the 2024 form, 6 before). */
static int
serial_digits(const json_t *cert)
{
	const char *s = json_string_value(json_object_get(cert, "serial"));
	int n = 0;

	for (; s != NULL && *s != '\0'; s++)
		n += isdigit((unsigned char)*s) != 0;
	return n;
}

/* Does l (its words before end) go on the text of the line before: no
 * label (":"), no numbering, no owner, no date? */
static int
goes_on(const lr_cline *l, int end)
{
	size_t n = l->nw > 0 ? strlen(l->w[0]) : 0;
	char *t = lr_cline_text(l, 0, l->nw), *sn = serial_in(l);
	int odd = t == NULL || sn != NULL || lr_case_of(t) == LR_CASE_CAPS;

	free(t), free(sn);
	if (odd || n == 0 || (n <= 4 && strchr(".)", l->w[0][n - 1]) != NULL) ||
	    isdigit((unsigned char)l->w[0][0]) || lr_cline_find(l, "ngay", 0) >=
	    0)
		return 0;
	for (int i = 0; i < end; i++)
		if (strchr(l->w[i], ':') != NULL)
			return 0;
	return end > 0 && strcmp(l->fw[0], "ong") != 0 && strcmp(l->fw[0], "ba") != 0 &&
	    strcmp(l->fw[0], "tm") != 0 && strcmp(l->fw[0], "kt") != 0;
}

/* The length of the item mark ("-", "–", "+", "•") and spaces text t
 * starts with, before a word's letter ("- Đất ở"); 0 when none. */
static size_t
item_mark(const char *t)
{
	static const char *const marks[] = { "-", "–", "—", "+", "•", "*" };

	for (size_t i = 0; i < sizeof(marks) / sizeof(*marks); i++) {
		size_t n = strlen(marks[i]);
		if (strncmp(t, marks[i], n) == 0) {
			n += strspn(t + n, " ");
			return isalpha((unsigned char)t[n]) || (unsigned char)t[n]
			    >= 0xc3 ? n : 0;
		}
	}
	return 0;
}

/* Is l an item of a list ("- Đất ở tại nông thôn: 150 m²")? */
static int
list_item(const lr_cline *l)
{
	char *t = lr_cline_text(l, 0, l->nw);
	int is = t != NULL && item_mark(t) > 0;

	free(t);
	return is;
}

/* Does l start with a label of the parcel part ("Nguồn gốc sử dụng:"),
 * unnumbered? */
static int
parcel_label(const lr_cline *l)
{
	static const char *const labels[] = { "nguon goc su dung",
	    "thoi han su dung", "muc dich su dung", "hinh thuc su dung",
	    "dia chi" };

	for (size_t i = 0; i < sizeof(labels) / sizeof(*labels); i++)
		if (lr_cline_starts(l, labels[i]) >= 0)
			return 1;
	return 0;
}

/* Is l a row of a purposes grid under its head ("Đất trồng cây lâu năm
 * (CLN) 642,7 Đến ngày 15/03/2051"): a number in it (its area), no
 * numbering, no label or colon, no date in words ("tháng")? */
static int
grid_row(const lr_cline *l)
{
	size_t n = l->nw > 0 ? strlen(l->w[0]) : 0;

	if (n == 0 || (n <= 4 && strchr(".)", l->w[0][n - 1]) != NULL) ||
	    lr_cline_find(l, "thang", 0) >= 0 || parcel_label(l) ||
	    !digit_from(l, 0))
		return 0;
	for (int i = 0; i < l->nw; i++)
		if (strchr(l->w[i], ':') != NULL)
			return 0;
	return 1;
}

/* Does l go on a list (purposes, terms) of prev, the line before: prev
 * left it open (its last word ends in ";", ",", ":" or holds no digit) or
 * l is an item of it ("- Đất ở tại nông thôn: 150 m²"), and l has no
 * numbering or lettering, no parcel label, no owner or signature, no long
 * date?  Its parts may carry labels ("Đất rừng sản xuất: 300 m²"). */
static int
list_goes_on(const lr_cline *prev, const lr_cline *l)
{
	size_t n = l->nw > 0 ? strlen(l->w[0]) : 0;
	const char *last = prev->nw > 0 ? prev->w[prev->nw - 1] : "";
	size_t m = strlen(last);

	if (m == 0 || (strchr(";,:", last[m - 1]) == NULL &&
	    strpbrk(last, "0123456789") != NULL && !list_item(l)))
		return 0;
	if (n == 0 || (n <= 4 && strchr(".)", l->w[0][n - 1]) != NULL) ||
	    lr_cline_find(l, "thang", 0) >= 0 || parcel_label(l))
		return 0;
	return strcmp(l->fw[0], "ong") != 0 && strcmp(l->fw[0], "ba") != 0 &&
	    strcmp(l->fw[0], "tm") != 0 && strcmp(l->fw[0], "kt") != 0;
}

/* Does the line before l end in a comma (a wrapped address's "huyện
 * Tủa Chùa," that the value's trimmed text lost)? */
static int
comma_before(const struct reader *r, const lr_cline *l)
{
	const char *w;

	if (l <= r->c.v || l[-1].nw == 0)
		return 0;
	w = l[-1].w[l[-1].nw - 1];
	return w[0] != '\0' && w[strlen(w) - 1] == ',';
}

/* Is l the rest of a grid's head on a line of its own, its unit under
 * the area's column ("(m²)", read "(mỶ)", "(m?)"): three words at most,
 * none of more than three letters or digits? */
static int
head_rest(const lr_cline *l)
{
	for (int i = 0; i < l->nw; i++)
		if (lr_alnums(l->w[i]) > 3)
			return 0;
	return l->nw <= 3;
}

/* A line going on a list (purposes, terms): its text, "; " first when it
 * starts an item of its own ("- Đất ở tại nông thôn: 150 m²") and the
 * list holds some; its confidence the list's when it is the first line
 * with a value.  A new string; NULL for the rest of a grid's head. */
static char *
list_more(struct reader *r, const lr_cline *l, const char *old)
{
	char *t, *v = NULL;
	double *conf = strcmp(r->cont, "uses") == 0 ? &r->uses_conf :
	    &r->terms_conf;
	size_t m;

	if (r->rows && head_rest(l))
		return NULL;
	t = open_text(l, 0);
	m = t != NULL ? item_mark(t) : 0;

	if (*conf < 0)		/* the first line of a list under its label */
		*conf = l->conf;
	if (t == NULL || asprintf(&v, "%s%s", old[0] == '\0' ? "" : m > 0 ||
	    (r->rows && strcmp(r->cont, "uses") == 0) ? "; " : " ", t + m) < 0)
		v = NULL;
	free(t);
	return v;
}

/* Does l speak of the certificate this one was exchanged from or for
 * (lr_x_exchange_serial()): 1 when l is the exchange note, 2 when l is
 * the line the note's serial wrapped onto, else 0. */
static int
exchange_line(const struct reader *r, const lr_cline *l)
{
	int i = (int)(l - r->c.v), next = 0, at = 0;
	double conf;
	char *t = lr_x_exchange_serial(&r->c, i, &conf, &next);

	if (t != NULL)
		at = 1;
	else if (i > 0 && (t = lr_x_exchange_serial(&r->c, i - 1, &conf,
	    &next)) != NULL && next)
		at = 2;
	free(t);
	return at;
}

/* Append l to the field r->cont of the objects in r->cont_in, with the
 * comma the line before ended in. */
static void
go_on(struct reader *r, const lr_cline *l, int end)
{
	int lists = json_array_get(r->cont_in, 0) == r->lists;
	char *more = lists ? NULL : lr_cline_text(l, 0, end), *v;
	const char *sep = !lists && comma_before(r, l) ? ", " : " ";
	size_t i;
	json_t *o;

	json_array_foreach(r->cont_in, i, o) {
		const char *old = json_string_value(json_object_get(o, r->cont));
		if (old != NULL && lists && more == NULL &&
		    (more = list_more(r, l, old)) != NULL)
			sep = "";
		if (more != NULL && old != NULL && asprintf(&v, "%s%s%s", old,
		    sep, more) > 0)
			json_object_set_new(o, r->cont, json_string(v)), free(v);
	}
	free(more);
}

static void
stop_going_on(struct reader *r)
{
	r->cont = NULL;
	json_decref(r->cont_in);
	r->cont_in = NULL;
}

static void
read_line(struct reader *r, const lr_cline *l)
{
	enum part was = r->part;
	int end = value_end(r, l, 0), note, holder;

	if (l <= r->skip)
		return;
	part_of(r, l);
	if (r->part == P_PARCEL && grid_rows(r, l))
		return;
	if (r->cont != NULL && r->part == was && (goes_on(l, end) ||
	    (json_array_get(r->cont_in, 0) == r->lists && l > r->c.v &&
	    (list_goes_on(l - 1, l) || (r->rows && grid_row(l)))))) {
		go_on(r, l, end);
		if (end < l->nw)	/* the next statement began */
			stop_going_on(r);
		return;
	}
	stop_going_on(r);
	note = exchange_line(r, l);
	if (r->part == P_CHANGES) {
		if (!note)
			supplement_serial(r, l);
		return;
	}
	if (!note)
		serial_line(r, l);
	stated_parcel(r, l);
	generation_line(r, l);
	holder = holder_line(r, l);
	if (note != 1 && !holder) {	/* the other certificate's number,
					 * date, issuer; the committee that
					 * holds the land */
		register_line(r, l);
		date_line(r, l);
		issuer_line(r, l);
		dept_line(r, l);
	}
	/* an owner's line may hold the ID too: "Ông: A, Năm sinh: 1955,
	 * CMND số: 040123456" */
	if (holder || (r->part == P_OWNERS && owner_sentence(r, l)))
		;
	else if (r->part == P_OWNERS && (owner_line(r, l) ||
	    org_line(r, l) || unnamed_owner(r, l))) {
		id_line(r, l);
		row_address(r, l);
	}
	else if (r->part == P_OWNERS && !birth_line(r, l) && !id_line(r, l))
		owner_address(r, l);
	if (r->part == P_PARCEL)
		parcel_line(r, l);
	if (r->part == P_HOUSE)
		house_line(r, l);
}

/* One purpose without an area of its own has the parcel's. */
static void
whole_purpose(struct reader *r)
{
	json_t *u = json_array_get(r->purposes, 0);
	json_t *f = json_object_get(r->fields, "certificate.parcel.area");

	if (json_array_size(r->purposes) != 1 || f == NULL ||
	    !json_is_null(json_object_get(u, "area")))
		return;
	json_object_set(u, "area", json_object_get(r->parcel, "area"));
	json_object_set_new(r->fields, "certificate.parcel.purposes[0].area",
	    json_deep_copy(f));
}

/* ---- Checks and review -------------------------------------------- */

/* A value another reading confirms: not for review for its line's low OCR
 * confidence (the other words of the line). */
static void
confirm(struct reader *r, const char *path)
{
	json_t *f = json_object_get(r->fields, path);

	if (f != NULL && json_real_value(json_object_get(f, "conf")) < r->below)
		json_object_set_new(f, "conf", json_real(r->below));
}

/* The parcel's area and its purposes' areas, read apart (not one copied
 * from the other), add up: each confirms the others. */
static void
areas_agree(struct reader *r)
{
	json_t *pa = json_object_get(r->fields, "certificate.parcel.area");
	char path[64];

	if (json_array_size(r->purposes) == 1 && json_equal(pa,
	    json_object_get(r->fields, "certificate.parcel.purposes[0].area")))
		return;
	confirm(r, "certificate.parcel.area");
	for (size_t i = 0; i < json_array_size(r->purposes); i++) {
		snprintf(path, sizeof(path), "certificate.parcel.purposes[%zu]."
		    "area", i);
		confirm(r, path);
	}
}

static void
flag(struct reader *r, const char *field, const char *reason)
{
	json_array_append_new(r->review, json_pack("{s:s,s:s}", "field",
	    field, "reason", reason));
}

/* A generation no title wording gave: the one a heading only its form
 * prints names (certificates.tsv "wording"); the red book when its title was read
 * without the later forms' words; else guessed from the serial (8 digits:
 * the 2024 form) and put to review. */
static void
generation_left(struct reader *r)
{
	const char *g = serial_digits(r->cert) == 8 ? "form2024" : "red";

	if (!json_is_null(json_object_get(r->cert, "generation")))
		return;
	if (r->worded != NULL)
		cert_field(r, "generation", json_string(r->worded->what),
		    r->worded_l->conf, r->worded_l);
	else if (r->title != NULL && strcmp(g, "red") == 0)
		cert_field(r, "generation", json_string(g), r->title->conf,
		    r->title);
	else {
		json_object_set_new(r->cert, "generation", json_string(g));
		flag(r, "certificate.generation", "no form title read: "
		    "guessed from the serial");
	}
}

/* Lower a field's confidence for a failed check and flag it. */
static void
check_failed(struct reader *r, const char *field, const char *reason)
{
	json_t *f = json_object_get(r->fields, field);

	if (f != NULL)
		json_object_set_new(f, "conf", json_real(json_real_value(
		    json_object_get(f, "conf")) * 0.5));
	flag(r, field, reason);
}

static void
check_owners(struct reader *r)
{
	size_t i;
	json_t *o;
	char path[80];

	json_array_foreach(r->owners, i, o) {
		const char *id = json_string_value(json_object_get(o,
		    "id_number"));
		int by = (int)json_integer_value(json_object_get(o,
		    "birth_year"));
		const char *g = json_string_value(json_object_get(o, "gender"));
		if (id == NULL || strlen(id) != 12 ||
		    lr_id_check(id, by, g ? g[0] : 0) == 0)
			continue;
		snprintf(path, sizeof(path), "certificate.owners[%zu].id_number",
		    i);
		check_failed(r, path, "the ID's year or sex digit disagrees "
		    "with the owner");
	}
}

/* Is word w a personal ID's number as printed: 9 digits (CMND), 11 or
 * 12 (CCCD, its first figure lost), a stop or comma after it? */
static int
id_like(const char *w)
{
	size_t n = strspn(w, "0123456789");

	return (n == 9 || n == 11 || n == 12) && strspn(w + n, ".,;") ==
	    strlen(w + n);
}

/* Is word w (a number, its stop after it) some owner's ID read? */
static int
id_read(struct reader *r, const char *w)
{
	size_t i;
	json_t *o;

	json_array_foreach(r->owners, i, o) {
		const char *id = json_string_value(json_object_get(o,
		    "id_number"));
		if (id != NULL && strncmp(w, id, strlen(id)) == 0)
			return 1;
	}
	return 0;
}

/* An ID's number printed on an owners' page that no owner's ID holds (its
 * label misread, "CMIND số"): each owner without an ID is for review,
 * never left as one printed none. */
static void
check_unread_ids(struct reader *r)
{
	int unread = 0;
	size_t i;
	json_t *o;
	char path[80];

	for (int k = 0; k < r->c.n && !unread; k++)
		for (int j = 0; r->c.v[k].kind == LR_PAGE_CERT_OWNER && j <
		    r->c.v[k].nw; j++)
			unread |= id_like(r->c.v[k].w[j]) &&
			    !id_read(r, r->c.v[k].w[j]);
	json_array_foreach(r->owners, i, o) {
		if (!unread || !json_is_null(json_object_get(o, "id_number")))
			continue;
		snprintf(path, sizeof(path), "certificate.owners[%zu].id_number",
		    i);
		flag(r, path, "an ID printed on the owners' page, not read");
		strcpy(strrchr(path, '.'), ".id_type");
		json_object_set_new(json_array_get(r->review, json_array_size(
		    r->review) - 1), "also", json_pack("[s]", path));
	}
}

/* The area the text states and the table's total disagree: the parcel's
 * area is for review, the item naming both. */
static void
check_stated(struct reader *r)
{
	char why[160];

	if (r->stated <= 0 || r->total <= 0 || (r->stated - r->total < 0.5 &&
	    r->total - r->stated < 0.5))
		return;
	snprintf(why, sizeof(why), "the area in the text (%.1f m²) and the "
	    "table's total (%.1f m²) differ", r->stated, r->total);
	check_failed(r, "certificate.parcel.area", why);
}

static void
check_area(struct reader *r)
{
	double sum = 0, a = json_real_value(json_object_get(r->parcel, "area"));
	size_t i, all = 1;
	json_t *u;

	json_array_foreach(r->purposes, i, u) {
		sum += json_real_value(json_object_get(u, "area"));
		all &= json_is_number(json_object_get(u, "area"));
	}
	if (all && i > 0 && a > 0 && sum - a < 0.05 && a - sum < 0.05)
		areas_agree(r);
	if (json_array_size(r->purposes) > 0 && a > 0 && sum > 0 &&
	    (sum - a > 0.5 || a - sum > 0.5)) {
		/* the sum or any of its terms is misread: one item on all */
		json_t *also = json_array();
		char path[64];
		check_failed(r, "certificate.parcel.area", "the purposes' areas "
		    "do not add up to the parcel's");
		for (i = 0; i < json_array_size(r->purposes); i++) {
			snprintf(path, sizeof(path),
			    "certificate.parcel.purposes[%zu].area", i);
			json_array_append_new(also, json_string(path));
		}
		json_object_set_new(json_array_get(r->review, json_array_size(
		    r->review) - 1), "also", also);
	}
}

/* The length of folded name when folded text ends in it as whole words,
 * else 0. */
static size_t
ends_in(const char *text, const char *name)
{
	size_t t = strlen(text), n = strlen(name);

	return n > 0 && t > n && text[t - n - 1] == ' ' &&
	    strcmp(text + t - n, name) == 0 ? n : 0;
}

/* The length of the district's or province's type word ("huyen ", "thi
 * xa " ...) that folded p starts with, its space included; else 0. */
static size_t
folded_type_at(const char *p)
{
	const lr_unit_word *t = lr_unit_type(p);

	return t != NULL && (t->level == LR_TYPE_DISTRICT || t->level ==
	    LR_TYPE_CITY || t->level == LR_TYPE_PROVINCE) ?
	    strlen(t->folded) + 1 : 0;
}

/* Folded name without its type word ("huyen", "thi xa" ...): a pointer
 * into name. */
static const char *
untyped(const char *name)
{
	return name + folded_type_at(name);
}

/* Do the first n bytes of folded text hold a type word read whole ("tinh
 * thua thien" before "hue"): the unit's name is then all that follows it,
 * not a name it merely ends in? */
static int
typed_before(const char *text, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((i == 0 || text[i - 1] == ' ') &&
		    folded_type_at(text + i) > 0 &&
		    i + folded_type_at(text + i) <= n)
			return 1;
	return 0;
}

/* The district or province of the unit list whose committee the folded
 * issuer names (borrowed from u): with its type word (*exact set), or by
 * the longest name alone, its type word misread ("(ên Mường Chà"), not
 * when a type word read whole comes before it ("tỉnh Thừa Thiên Huế" does
 * not end in "Huế"'s name); NULL. */
static const char *
issuer_unit(const lr_units *u, const char *want, int *exact)
{
	const char **names = calloc(4096, sizeof(*names)), *best = NULL;
	size_t len = 0, m;
	int n;

	*exact = 0;
	if (names == NULL)
		return NULL;
	n = lr_units_names_in(u, LR_UNIT_DISTRICT, LR_ERA_ANY, NULL, NULL,
	    names, 4000);
	n = n > 4000 ? 4000 : n;
	n += lr_units_names_in(u, LR_UNIT_PROVINCE, LR_ERA_ANY, NULL, NULL,
	    names + n, 95);
	for (int i = 0; i < n && i < 4095 && !*exact; i++) {
		char *have = lr_x_fold(names[i]);
		if (have != NULL && ends_in(want, have))
			*exact = 1, best = names[i];
		else if (have != NULL && (m = ends_in(want, untyped(have))) >
		    len && !typed_before(want, strlen(want) - m))
			len = m, best = names[i];
		free(have);
	}
	free(names);
	return best;
}

/* An issuer that ends in a unit of the list once marks are taken off
 * (off, the list's name with its type word), spelt with other marks
 * ("huyện Ân Thí" for "Ân Thi"): its unit mended to the list's spelling
 * and put to review, as an address's unit is (lr_x_address_units()). */
static void
issuer_marks(struct reader *r, const char *iss, const char *off)
{
	lr_unitnames *t = lr_x_unitnames_new(lr_x_units(r->x));
	size_t n = strlen(iss);
	int k = 0;
	char *mended = NULL, *full = NULL;

	for (const char *p = off; *p != '\0'; p++)
		k += *p == ' ';
	for (; n > 0 && !(iss[n - 1] == ' ' && k-- == 0); n--)
		;
	if (t != NULL && lr_x_address_units(t, iss + n, &mended) ==
	    LR_UNITS_MARKS && asprintf(&full, "%.*s%s", (int)n, iss,
	    mended) > 0) {
		json_object_set_new(r->cert, "issuer", json_string(full));
		check_failed(r, "certificate.issuer", "its unit's name misread "
		    "(its marks), mended to the unit list's name");
	}
	free(mended), free(full);
	lr_x_unitnames_free(t);
}

/* The issuer names a committee of the unit list, or is mended to the one
 * whose name it ends in; either way a mended or unlisted one is reviewed.
 * Not checked when no list is loaded. */
static void
check_issuer(struct reader *r)
{
	const char *iss = json_string_value(json_object_get(r->cert, "issuer"));
	char *want = iss ? lr_x_fold(iss) : NULL, *unit = NULL, *full = NULL;
	const char *off = NULL;
	int exact = 0;

	if (want != NULL && lr_x_units(r->x) != NULL)
		off = issuer_unit(lr_x_units(r->x), want, &exact);
	if (exact)
		issuer_marks(r, iss, off);
	if (want == NULL || lr_x_units(r->x) == NULL || exact) {
		free(want);
		return;
	}
	if (off != NULL && (unit = issuer_of(off)) != NULL && asprintf(&full,
	    "Ủy ban nhân dân %s", unit) > 0) {
		json_object_set_new(r->cert, "issuer", json_string(full));
		check_failed(r, "certificate.issuer", "its unit's type word "
		    "mended from the unit list");
	} else
		check_failed(r, "certificate.issuer", "names no district or "
		    "province of the unit list");
	free(want), free(unit), free(full);
}

/* The address of o (at path) names units the list holds as written
 * (lr_x_address_units()); one listed only once its marks are taken off
 * (or its small "l" made capital "I") is mended to the listed name and put to review, one not listed at all (a
 * name misread) is put to review. */
static void
check_address(struct reader *r, const lr_unitnames *t, json_t *o,
    const char *path)
{
	const char *a = json_string_value(json_object_get(o, "address"));
	char *mended = NULL;

	switch (lr_x_address_units(t, a, &mended)) {
	case LR_UNITS_MARKS:
		json_object_set_new(o, "address", json_string(mended));
		check_failed(r, path, "names a unit misread (its marks, an I "
		    "read as l), mended to the unit list's name");
		break;
	case LR_UNITS_UNLISTED:
		check_failed(r, path, "names a commune or district the unit "
		    "list does not hold");
		break;
	}
	free(mended);
}

/* The owners' and the parcel's addresses name units of the list
 * (check_address).  Not checked when no list is loaded. */
static void
check_addresses(struct reader *r)
{
	const lr_units *u = lr_x_units(r->x);
	lr_unitnames *t = u != NULL ? lr_x_unitnames_new(u) : NULL;
	char path[64];

	if (t == NULL)
		return;
	check_address(r, t, r->parcel, "certificate.parcel.address");
	for (size_t i = 0; i < json_array_size(r->owners); i++) {
		snprintf(path, sizeof(path), "certificate.owners[%zu].address",
		    i);
		check_address(r, t, json_array_get(r->owners, i), path);
	}
	lr_x_unitnames_free(t);
}

/* The serial fits its generation's pattern (letters, a space, digits),
 * and the date of issue falls in its years. */
static void
check_generation(struct reader *r)
{
	const lr_certgen *g = lr_certdata_gen(r->data, json_string_value(
	    json_object_get(r->cert, "generation")));
	const char *s = json_string_value(json_object_get(r->cert, "serial"));
	const char *d = json_string_value(json_object_get(r->cert, "date"));
	int letters = 0, digits = 0;
	size_t at = s != NULL ? lr_x_serial_letters(s, &letters) : 0;

	if (g == NULL)
		return;
	for (const char *p = s ? s + at + (s[at] == ' ') : NULL;
	    p != NULL && isdigit((unsigned char)*p); p++)
		digits++;
	if (s != NULL && (letters < g->letters_min || letters > g->letters_max
	    || digits != g->digits || strlen(s) != at + (size_t)digits +
	    (s[at] == ' ')))
		check_failed(r, "certificate.serial", "does not fit the serial "
		    "pattern of its form");
	if (d != NULL && (atoi(d) < g->first || atoi(d) > g->last)) {
		/* the date or the form it was taken for is wrong */
		check_failed(r, "certificate.date", "outside the years its form "
		    "was issued");
		json_object_set_new(json_array_get(r->review, json_array_size(
		    r->review) - 1), "also", json_pack("[s]",
		    "certificate.generation"));
	}
}

/* A purpose's term as the forms print it: "Lâu dài", "Đến ngày" and a
 * day, or "Đến năm" and a year; 1 when t is one. */
static int
term_form(const lr_xdata *s, const char *t)
{
	char *f = lr_x_fold(t);
	int d, m, y, whole = 0, ended = lr_x_term_end(t, &y, &m, &d, &whole);
	int n = f != NULL && (strcmp(f, "lau dai") == 0 || (ended == 0 &&
	    whole && lr_parse_valid_date(s, y, m, d)));

	free(f);
	return n;
}

/* Values read where their label stands but not of their kind (a date of
 * issue no calendar has, a term that is no term) are for review. */
/* The first mark in s no printed text value holds (OCR's "+", "|", "“",
 * "°" from seals, rules and specks): letters, digits, "²" and . , ; : ( )
 * - / are a value's, and an apostrophe between a capital H and a letter
 * (the Ê Đê and Jrai "H'Lim"); NULL when none. */
static const char *
stray_mark(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0';) {
		unsigned c = *p;
		int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
		if (c == '\'' && p > (const unsigned char *)s && p[-1] == 'H' &&
		    isalpha(p[1])) {
			p++;
			continue;
		}
		if (n == 2 && p[1] != '\0')
			c = (c & 0x1f) << 6 | (p[1] & 0x3f);
		else if (n == 3 && p[1] != '\0' && p[2] != '\0')
			c = (c & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		if (!(c < 0x80 ? isalnum((int)c) || strchr(" .,;:()-/", (int)c)
		    != NULL : c == 0xb2 || (c >= 0xc0 && c <= 0x24f && c !=
		    0xd7 && c != 0xf7) || (c >= 0x300 && c <= 0x36f) ||
		    (c >= 0x1e00 && c <= 0x1eff)))
			return (const char *)p;
		for (int k = 0; k < n && *p != '\0'; k++)
			p++;
	}
	return NULL;
}

/* A text value at path (below the certificate) holding a stray mark is
 * for review. */
static void
check_marks(struct reader *r, const char *path)
{
	json_t *v = value_at(r, path);

	if (json_is_string(v) && stray_mark(json_string_value(v)) != NULL)
		check_failed(r, path, "marks no printed value holds");
}

/* Is word w (lower case, marks and all) one of the words of phrases ph,
 * or does only its marks differ from one (1, 0 when none folds as it)?
 * Sets *same when one is w itself. */
static int
word_of(const lr_phrases *ph, const char *w, const char *fw, int *same)
{
	int near = 0;

	for (int i = 0; i < ph->n && !*same; i++) {
		char *t = lr_lower(ph->v[i].text), *save = NULL;
		for (char *u = t ? strtok_r(t, " ,;", &save) : NULL; u != NULL &&
		    !*same; u = strtok_r(NULL, " ,;", &save)) {
			char *fu = lr_x_fold(u);
			*same = strcmp(u, w) == 0;
			near |= fu != NULL && strcmp(fu, fw) == 0;
			free(fu);
		}
		free(t);
	}
	return near;
}

/* The first word of text v whose marks alone differ from a word of the
 * wordings in ph ("chuyến" where origins.tsv has "chuyển", "tiên" for
 * "tiền"): an accent misread that is a real word; 0 when none. */
static int
marks_off(const lr_phrases *ph, const char *v)
{
	char *t = lr_lower(v), *save = NULL;
	int off = 0;

	for (char *w = t ? strtok_r(t, " ,;:.()", &save) : NULL; w != NULL &&
	    !off; w = strtok_r(NULL, " ,;:.()", &save)) {
		char *fw = lr_x_fold(w);
		int same = 0;
		off = fw != NULL && word_of(ph, w, fw, &same) && !same;
		free(fw);
	}
	free(t);
	return off;
}

/* An origin read a few letters off a wording of origins.tsv
 * (origin_edits), and nearer to none other ("thu ciền" for "thu tiền"),
 * is written in that wording and put to review, as a decision's is; else
 * one with a word whose marks differ from the listed wordings' is for
 * review. */
static void
check_origin_marks(struct reader *r)
{
	const lr_xdata *s = lr_x_xdata(r->x);
	json_t *v = value_at(r, "certificate.parcel.origin");
	int k = json_is_string(v) ? lr_phrase_nearest(&s->origins,
	    json_string_value(v), (int)s->set[SET_ORIGIN_EDITS]) : -1;

	if (k >= 0 && strcmp(s->origins.v[k].text, json_string_value(v)) !=
	    0) {
		json_object_set_new(r->parcel, "origin", json_string(
		    s->origins.v[k].text));
		check_failed(r, "certificate.parcel.origin", "origin mended to "
		    "a listed wording");
	} else if (k < 0 && json_is_string(v) && marks_off(&s->origins,
	    json_string_value(v)))
		check_failed(r, "certificate.parcel.origin", "a word's marks "
		    "differ from the listed origins' wording");
}

static void
check_texts(struct reader *r)
{
	static const char *const texts[] = { "certificate.parcel.address",
	    "certificate.parcel.use_form", "certificate.parcel.origin",
	    "certificate.house.type", "certificate.house.structure" };
	char path[64];

	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++)
		check_marks(r, texts[i]);
	check_origin_marks(r);
	for (size_t i = 0; i < json_array_size(r->owners); i++) {
		snprintf(path, sizeof(path), "certificate.owners[%zu].name", i);
		check_marks(r, path);
		snprintf(path, sizeof(path), "certificate.owners[%zu].address",
		    i);
		check_marks(r, path);
	}
}

/* Term t as read with its head misread ("dài", "3 dải" for "Lâu dài";
 * "bến ngày 21/09/2047" for "Đến ngày ..."), its words otherwise the
 * form's: the form's words, a new string; NULL when t is no such term. */
static char *
term_mended(const lr_xdata *s, const char *t)
{
	char *f = lr_x_fold(t), *out = NULL, *sp;
	const char *w = strrchr(t, ' ') ? strrchr(t, ' ') + 1 : t;
	int words = 1, d, m, y, n = 0;

	for (const char *c = f; c != NULL && *c != '\0'; c++)
		words += *c == ' ';
	sp = f != NULL ? strchr(f, ' ') : NULL;
	if (f != NULL && words <= 2 && strcmp(strrchr(f, ' ') ?
	    strrchr(f, ' ') + 1 : f, "dai") == 0)
		out = strdup("Lâu dài");
	else if (words == 5 && sp != NULL && strncmp(sp, " ngay ", 6) == 0 &&
	    sscanf(w, "%2d/%2d/%4d%n", &d, &m, &y, &n) == 3 &&
	    n == (int)strlen(w) && lr_parse_valid_date(s, y, m, d) &&
	    asprintf(&out, "Đến ngày %s", w) < 0)
		out = NULL;
	free(f);
	return out;
}

static void
check_values(struct reader *r)
{
	const char *d = json_string_value(json_object_get(r->cert, "date"));
	char path[80];
	size_t i;
	json_t *u;

	if (d != NULL && !lr_parse_valid_date(lr_x_xdata(r->x), atoi(d),
	    atoi(d + 5), atoi(d + 8)))
		check_failed(r, "certificate.date", "not a day of the calendar");
	json_array_foreach(r->purposes, i, u) {
		const char *t = json_string_value(json_object_get(u, "term"));
		char *mend;
		if (t == NULL || term_form(lr_x_xdata(r->x), t))
			continue;
		snprintf(path, sizeof(path), "certificate.parcel.purposes[%zu]."
		    "term", i);
		if ((mend = term_mended(lr_x_xdata(r->x), t)) != NULL) {
			json_object_set_new(u, "term", json_string(mend));
			free(mend);
			check_failed(r, path, "a term of use misread at its "
			    "head, mended to the form's words");
			continue;
		}
		check_failed(r, path, "not a term of use (\"Lâu dài\", "
		    "\"Đến ngày\" and a date)");
	}
}

/* Values that break the order of the certificate's dates (born after
 * the date of issue, a term ended or a change made before it) are for
 * review, the item naming the date they disagree with too. */
static void
check_order(struct reader *r)
{
	lr_cert_doubt v[16];
	int n = lr_x_cert_order(r->cert, v, 16);

	for (int i = 0; i < n; i++) {
		check_failed(r, v[i].field, v[i].reason);
		json_object_set_new(json_array_get(r->review, json_array_size(
		    r->review) - 1), "also", json_pack("[s]", v[i].also));
	}
}

/* A serial read that an exchange note gives to the other certificate
 * (the one this was exchanged from or for) is not this one's: for
 * review. */
static void
check_exchange(struct reader *r)
{
	const char *s = json_string_value(json_object_get(r->cert, "serial"));
	size_t i;
	json_t *c;

	json_array_foreach(json_object_get(r->cert, "changes"), i, c)
		if (s != NULL && json_equal(json_object_get(c, "serial"),
		    json_object_get(r->cert, "serial"))) {
			check_failed(r, "certificate.serial", "the serial an "
			    "exchange note gives to the other certificate");
			return;
		}
}

/* Lines of the change register no entry holds, an entry that holds
 * two, or more confirmations than entries read (an entry whose date and
 * wording were not read; exchange notes outside the register are no
 * entries of it): the register is put to review as a whole. */
static void
check_register(struct reader *r)
{
	if (lr_x_cert_orphans(&r->c) > 0 || lr_x_cert_confirmations(&r->c) >
	    (int)json_array_size(json_object_get(r->cert, "changes")) -
	    r->noted)
		flag(r, "certificate.changes", "a register line read without "
		    "its entry");
}

/* A register number is a code and a number ("CH 01120", "08140 QSDĐ"):
 * one read with more words, or with other words, is for review. */
static void
check_register_number(struct reader *r)
{
	const char *s = json_string_value(json_object_get(r->cert,
	    "register_number"));
	int words = 0;

	for (; s != NULL && *s != '\0'; s += strspn(s, " "))
		words++, s += strcspn(s, " ");
	if (words > 2 || r->reg_cut)
		check_failed(r, "certificate.register_number", "more than a code "
		    "and a number");
}

static int covered(const struct reader *r, const char *path);

/* The letters of certificates.tsv's confusable row holding letter c (n
 * bytes, "C", "Đ"), or NULL. */
static const char *
confused_with(const lr_certdata *d, const char *c, size_t n)
{
	for (size_t i = 0; i < d->nconfusable; i++) {
		const char *v = d->confusable[i].phrase;
		for (size_t k = 0; v[k] != '\0'; k += strcspn(v + k, " "),
		    k += strspn(v + k, " "))
			if (strcspn(v + k, " ") == n && strncmp(v + k, c, n) ==
			    0)
				return v;
	}
	return NULL;
}

/* A serial whose series holds a letter OCR reads for another series
 * letter ("C" for "G", "D" for "Đ"), read in doubt (its own words'
 * confidence under the review threshold), is for review, the item naming
 * the letters; not repaired, either reading being a series.  Read well,
 * the letter is left alone: such series are common (on our sets the
 * serials read right at 0.91 and above, the misread ones at 0.87 and
 * under), and a flag on every one would tell the clerk nothing. */
static void
check_series(struct reader *r)
{
	const char *s = json_string_value(json_object_get(r->cert, "serial"));
	const json_t *f = json_object_get(r->fields, "certificate.serial");
	const char *v = NULL;
	char why[96];
	size_t n = 0;

	if (s == NULL || covered(r, "certificate.serial") || f == NULL ||
	    json_real_value(json_object_get(f, "conf")) >= r->below)
		return;
	for (; v == NULL && *s != '\0' && *s != ' ' && !isdigit((unsigned
	    char)*s); s += n) {
		n = (*(const unsigned char *)s & 0xe0) == 0xc0 ? 2 : 1;
		v = confused_with(r->data, s, n);
	}
	if (v == NULL)
		return;
	snprintf(why, sizeof(why), "series letter '%.*s' may be misread "
	    "(OCR confuses %s)", (int)n, s - n, v);
	check_failed(r, "certificate.serial", why);
}

/* Does an item of the review cover path: its field, or one it stands for
 * too ("also")? */
static int
covered(const struct reader *r, const char *path)
{
	size_t i, k;
	json_t *it, *f;

	json_array_foreach(r->review, i, it) {
		if (lr_path_covers(json_string_value(json_object_get(it,
		    "field")), path))
			return 1;
		json_array_foreach(json_object_get(it, "also"), k, f)
			if (lr_path_covers(json_string_value(f), path))
				return 1;
	}
	return 0;
}

/* The length of "certificate.changes[3]" in path when path is in an
 * element of list (e.g. "certificate.changes"), else 0. */
static size_t
element(const char *path, const char *list)
{
	size_t n = strlen(list);

	if (strncmp(path, list, n) != 0 || path[n] != '[' ||
	    strchr(path + n, ']') == NULL)
		return 0;
	return (size_t)(strchr(path + n, ']') - path) + 1;
}

/* Two or more items on the fields of one element of list (an entry of
 * the change register, an owner) become one item on the element. */
static void
merge_elements(struct reader *r, const char *list)
{
	for (size_t i = 0; i < json_array_size(r->review); i++) {
		const char *f = json_string_value(json_object_get(
		    json_array_get(r->review, i), "field"));
		size_t n = element(f, list), same = 0;
		char el[96];
		if (n == 0 || n >= sizeof(el) || f[n] == '\0')
			continue;
		snprintf(el, sizeof(el), "%.*s", (int)n, f);
		for (size_t k = i; k < json_array_size(r->review); k++)
			same += lr_path_covers(el, json_string_value(
			    json_object_get(json_array_get(r->review, k),
			    "field")));
		if (same < 2)
			continue;
		json_object_set_new(json_array_get(r->review, i), "field",
		    json_string(el));
		for (size_t k = json_array_size(r->review); k-- > i + 1;)
			if (lr_path_covers(el, json_string_value(
			    json_object_get(json_array_get(r->review, k),
			    "field"))))
				json_array_remove(r->review, k);
	}
}

/* The value at path ("certificate.parcel.purposes[1].term") in the
 * certificate (borrowed), or NULL. */
static json_t *
value_at(const struct reader *r, const char *path)
{
	json_t *v = r->cert;
	char key[64];
	size_t n;

	path += strncmp(path, "certificate", 11) == 0 ? 11 : strlen(path);
	while (v != NULL && *path != '\0') {
		if (*path == '[') {
			v = json_array_get(v, strtoul(path + 1, NULL, 10));
			path += strcspn(path, "]") + (strchr(path, ']') != NULL);
			continue;
		}
		path += *path == '.';
		n = strcspn(path, ".[");
		snprintf(key, sizeof(key), "%.*s", (int)n, path);
		v = json_object_get(v, key);
		path += n;
	}
	return v;
}

/* Was the field at path read: a value, or a list with an element? */
static int
was_read(const struct reader *r, const char *path)
{
	json_t *v = value_at(r, path);

	return v != NULL && !json_is_null(v) && (!json_is_array(v) ||
	    json_array_size(v) > 0);
}

/* The printed fields (the words of p) of part not read and not yet
 * reviewed: their names, after prefix pre, added to names ("number,
 * [1].term"), their paths to list.  The count. */
static int
missing_fields(struct reader *r, const char *part, const char *pre,
    const char *p, char *names, size_t size, json_t *list)
{
	char path[160];
	int n = 0;

	for (int k; *(p += strspn(p, " ")) != '\0'; p += k) {
		k = (int)strcspn(p, " ");
		snprintf(path, sizeof(path), "%s.%.*s", part, k, p);
		if (was_read(r, path) || covered(r, path))
			continue;
		snprintf(names + strlen(names), size - strlen(names),
		    "%s%s%.*s", *names ? ", " : "", pre, k, p);
		json_array_append_new(list, json_string(path));
		n++;
	}
	return n;
}

/* A "printed" row ("certificate.parcel number sheet ...", or
 * "certificate.parcel.purposes[] land_use term" for each element of a
 * list): the fields not read as one item, on the first, the others in
 * "also" ("parcel: number, sheet not read"); for a list, on the list
 * itself: a list some of whose elements were read in part (a table read
 * badly) may have lost elements as well. */
static void
missing_in_part(struct reader *r, const char *row)
{
	int plen = (int)strcspn(row, " "), n = 0;
	char part[96], el[128], pre[24], names[256] = "", why[384];
	char *each;
	json_t *list = json_array();
	int whole;

	snprintf(part, sizeof(part), "%.*s", plen, row);
	each = strstr(part, "[]");
	whole = each != NULL && each[2] == '\0';
	if (!whole)
		n = missing_fields(r, part, "", row + plen, names,
		    sizeof(names), list);
	else {
		*each = '\0';
		for (size_t i = 0; i < json_array_size(value_at(r, part)); i++) {
			snprintf(el, sizeof(el), "%s[%zu]", part, i);
			snprintf(pre, sizeof(pre), "[%zu].", i);
			n += missing_fields(r, el, pre, row + plen, names,
			    sizeof(names), list);
		}
	}
	snprintf(why, sizeof(why), "%s: %s not read", strrchr(part, '.') ?
	    strrchr(part, '.') + 1 : part, names);
	if (n > 0)
		flag(r, whole ? part : json_string_value(json_array_get(list,
		    0)), why);
	if (n > 1 && !whole && json_array_remove(list, 0) == 0)
		json_object_set(json_array_get(r->review, json_array_size(
		    r->review) - 1), "also", list);
	json_decref(list);
}

/* The fields a certificate of its generation always prints
 * (certificates.tsv "printed") but that were not read: one item a part. */
static void
check_printed(struct reader *r)
{
	const char *gen = json_string_value(json_object_get(r->cert,
	    "generation"));

	for (size_t i = 0; gen != NULL && i < r->data->nprinted; i++)
		if (strcmp(r->data->printed[i].what, gen) == 0)
			missing_in_part(r, r->data->printed[i].phrase);
}

/* Every field under the threshold, and the printed fields not read, each
 * once: a field a failed check already put to review is not put again, and
 * the items of one change entry or one owner are merged. */
static void
review_finish(struct reader *r)
{
	const char *path;
	json_t *f;

	check_owners(r);
	check_unread_ids(r);
	check_area(r);
	check_stated(r);
	check_issuer(r);
	check_addresses(r);
	check_generation(r);
	check_series(r);
	check_values(r);
	check_order(r);
	check_exchange(r);
	check_texts(r);
	check_register(r);
	check_register_number(r);
	if (!r->registered)
		flag(r, "certificate.changes", "the change register was not "
		    "found on any page");
	json_object_foreach(r->fields, path, f)
		if (json_real_value(json_object_get(f, "conf")) < r->below &&
		    !covered(r, path))
			flag(r, path, "low OCR confidence");
	check_printed(r);
	merge_elements(r, "certificate.changes");
	merge_elements(r, "certificate.owners");
}

/* An exchange note outside the register, undated, took place when this
 * certificate was issued: its date and that date's confidence; counted
 * in r->noted. */
static void
exchange_dates(struct reader *r, json_t *changes)
{
	json_t *d = json_object_get(r->cert, "date"), *c, *f;
	char path[64];
	size_t i;

	json_array_foreach(changes, i, c) {
		if (!json_is_string(json_object_get(c, "kind")) || strcmp(
		    json_string_value(json_object_get(c, "kind")), "exchange") !=
		    0 || !json_is_null(json_object_get(c, "date")))
			continue;
		r->noted++;
		if (!json_is_string(d))
			continue;
		json_object_set(c, "date", d);
		snprintf(path, sizeof(path), "certificate.changes[%zu].date", i);
		if ((f = json_object_get(r->fields, path)) != NULL)
			json_object_set(f, "conf", json_object_get(
			    json_object_get(r->fields, "certificate.date"),
			    "conf"));
	}
}

json_t *
lr_x_certificate(const lr_extractor *x, const lr_doc_words *d,
    double review_below, lr_err *err)
{
	struct reader r = { .x = x, .data = lr_x_certdata(x),
	    .below = review_below };
	json_t *out = NULL, *changes = json_array();

	r.owners = json_array(), r.purposes = json_array();
	r.lists = json_object();
	r.fields = json_object(), r.review = json_array();
	r.parcel = json_pack("{s:n,s:n,s:n,s:n,s:n,s:O,s:n}", "number",
	    "sheet", "address", "area", "use_form", "purposes", r.purposes,
	    "origin");
	r.cert = json_pack("{s:n,s:n,s:n,s:n,s:n,s:O,s:O,s:n,s:O}",
	    "generation", "serial", "register_number", "issuer", "date",
	    "owners", r.owners, "parcel", r.parcel, "house", "changes", changes);
	if (r.cert == NULL || lr_clines_of(x, d, &r.c) != 0) {
		lr_err_sys(err, "out of memory");
		goto done;
	}
	for (int i = 0; i < r.c.n; i++)
		read_line(&r, &r.c.v[i]);
	stop_going_on(&r);
	parcel_lists(&r);
	r.total = lr_x_cert_tables(x, d, r.parcel, r.fields);
	whole_purpose(&r);
	address_commas(r.parcel, "address");
	address_types(r.parcel, "address");
	address_end(r.parcel, "address");
	if (r.house != NULL)
		json_object_set(r.cert, "house", r.house);
	for (size_t i = 0; i < json_array_size(r.owners); i++)
		address_commas(json_array_get(r.owners, i), "address"),
		address_types(json_array_get(r.owners, i), "address"),
		address_end(json_array_get(r.owners, i), "address");
	lr_x_cert_changes(&r.c, changes, r.fields);
	exchange_dates(&r, changes);
	generation_left(&r);
	issuer_of_place(&r);
	json_object_set_new(r.cert, "couple", json_boolean(
	    json_array_size(r.owners) > 1));
	review_finish(&r);
	out = json_pack("{s:n,s:[],s:[],s:n,s:O,s:O,s:O}", "decision", "owners",
	    "parcels", "house", "certificate", r.cert, "fields", r.fields,
	    "review", r.review);
done:
	lr_clines_free(&r.c);
	json_decref(r.cert), json_decref(r.owners), json_decref(r.purposes);
	json_decref(r.parcel), json_decref(changes), json_decref(r.lists);
	json_decref(r.fields), json_decref(r.review), json_decref(r.house);
	return out;
}
