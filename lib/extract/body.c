/* Field extraction: owners (couples, households), parcels and the house
 * from the labels of Điều 1 and of attached lists, in reading order. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "extract-private.h"
#include "text/text.h"

/* A label handler: hit k, its value running to token end. */
typedef void (*hit_fn)(lr_xctx *c, const lr_hit *h, int end);

/* The current owner's object and path prefix, or NULL. */
static json_t *
cur_owner(lr_xctx *c, char *pre, size_t n)
{
	if (c->owner < 0)
		return NULL;
	lr_x_prefix(pre, n, "owners", c->owner);
	return json_array_get(c->owners, (size_t)c->owner);
}

/* Is parcel p held by an owner other than the one being read?  Then a
 * parcel's number after that owner's name starts the owner's own parcel,
 * though p lacks one ("Hộ ông A: + Thửa sế 320 ...; 2. Hộ ông B: + Thửa
 * số 295": 295 is B's, not A's parcel's lost number).  Only the number:
 * a sheet or an area said after a name ("thửa đất số 6 của bà B, tờ bản
 * đồ số 3") may still be the parcel's before it. */
static int
held_by_other(const lr_xctx *c, const json_t *p)
{
	json_t *h = json_object_get(p, "holder");

	return c->head >= 0 && json_is_integer(h) &&
	    json_integer_value(h) != c->head;
}

/* The parcel to set key of: the current one unless it has key already or
 * is another owner's (held_by_other). */
static json_t *
cur_parcel(lr_xctx *c, const char *key, char *pre, size_t n)
{
	json_t *p = c->parcel < 0 ? NULL : json_array_get(c->parcels,
	    (size_t)c->parcel);

	if (p == NULL || !json_is_null(json_object_get(p, key)) ||
	    (strcmp(key, "number") == 0 && held_by_other(c, p))) {
		lr_x_plist_close(c);
		c->parcel = lr_x_parcel(c, c->head);
	}
	c->last = LAST_PARCEL;
	lr_x_prefix(pre, n, "parcels", c->parcel);
	return json_array_get(c->parcels, (size_t)c->parcel);
}

static json_t *
cur_house(lr_xctx *c)
{
	if (json_is_null(c->house)) {
		json_decref(c->house);
		c->house = json_pack("{s:n,s:n,s:n,s:n,s:n}", "building_area",
		    "floor_area", "structure", "floors", "year_built");
	}
	c->last = LAST_HOUSE;
	return c->house;
}

const char *
lr_x_id_type(const char *id, int lab)
{
	return strlen(id) == 9 ? "cmnd" : lab == LAB_ID_DD ? "dinh-danh" :
	    "cccd";
}

void
lr_x_spouses(lr_xctx *c, int i, int j)
{
	json_t *a = json_array_get(c->owners, (size_t)i);
	json_t *b = json_array_get(c->owners, (size_t)j);

	json_object_set_new(a, "spouse", json_integer(j));
	json_object_set_new(b, "spouse", json_integer(i));
}

/* Make owner j and the group head spouses. */
static void
link_spouse(lr_xctx *c, int j)
{
	lr_x_spouses(c, c->head, j);
}

/* The first owner j holds the parcels the prose said before any owner
 * ("Giao 1.683,6 m² đất ở cho ông A"), not a table's rows; the head
 * becomes j. */
static void
new_head(lr_xctx *c, int j)
{
	size_t n = json_array_size(c->parcels);

	for (size_t k = (size_t)c->table_parcels; c->head < 0 && k < n; k++) {
		json_t *p = json_array_get(c->parcels, k);
		if (json_is_null(json_object_get(p, "holder")))
			json_object_set_new(p, "holder", json_integer(j));
	}
	c->head = j;
	c->head_parcels = (int)json_array_size(c->parcels);
}

/* What an owner just named is to the group's head (new_owner). */
enum { ROLE_HEAD, ROLE_SPOUSE, ROLE_MEMBER };

/* Start owner name at token i; role: ROLE_SPOUSE, the head's spouse;
 * ROLE_MEMBER, one of the head's household (the head keeps the parcels);
 * else a head of their own.  The owner's index, or -1 when no name was
 * read. */
static int
new_owner(lr_xctx *c, int i, int end, int gender, int household, int role)
{
	lr_span sp;
	char *name;
	int j;

	if (lr_parse_name(c->s, c->t, i, end, &name, &sp) != 0)
		return -1;
	j = lr_x_owner(c, name, gender, household, &sp);
	free(name);
	if (role != ROLE_HEAD && c->head >= 0 && c->head != j) {
		if (role == ROLE_SPOUSE)
			link_spouse(c, j);
	} else
		new_head(c, j);
	c->owner = j;
	c->last = LAST_OWNER;
	return j;
}

/* Does label lab name an owner (ông, bà, hộ ông, hộ bà)? */
static int
owner_lab(int lab)
{
	return lab == LAB_OWNER_M || lab == LAB_OWNER_F || lab == LAB_HH_M ||
	    lab == LAB_HH_F;
}

/* Does the word before hit h ("ông", "bà") open an item as "Hộ" would,
 * one letter off it ("1. Hệ ông A": a faint print's "Hộ")?  An "H" and
 * one vowel, folded, first on its line past the item's number or dash. */
static int
misread_household(const lr_xctx *c, const lr_hit *h)
{
	int i = h->a - 1, j;
	const char *f = i >= 0 ? c->t->v[i].fold : "";

	if ((f[0] != 'H' && f[0] != 'h') || f[1] == '\0' ||
	    strchr("aeiouy", tolower((unsigned char)f[1])) == NULL ||
	    f[2] != '\0' || (c->t->v[h->a].flags & TOK_BOL))
		return 0;
	for (j = i; j > 0 && !(c->t->v[j].flags & TOK_BOL); j--)
		if (c->t->v[j - 1].flags & TOK_ALPHA)
			return 0;
	return 1;
}

/* "Hộ ông A và bà B": is hit h, an ông or bà right after the "và" that
 * follows the name of a household's head, a member of A's household?
 * The household is A's, and so are the parcels said after B. */
static int
household_member(const lr_xctx *c, const lr_hit *h)
{
	json_t *head = json_array_get(c->owners, (size_t)c->head);

	return (h->lab == LAB_OWNER_M || h->lab == LAB_OWNER_F) &&
	    c->head >= 0 && c->owner == c->head && c->last == LAST_OWNER &&
	    h->a > 0 && strcasecmp(c->t->v[h->a - 1].fold, "va") == 0 &&
	    json_is_true(json_object_get(head, "household"));
}

/* "ông A, sinh năm ..., và bà B": owner hit h of sex g joined by "và" to
 * the head just named, one of the other sex who is no household and has
 * no spouse: the two are a couple, though no "vợ" says so. */
static int
couple_by_and(const lr_xctx *c, const lr_hit *h, int g)
{
	json_t *head = json_array_get(c->owners, (size_t)c->head);
	const char *hg = json_string_value(json_object_get(head, "gender"));

	return h->a > 0 && strcmp(c->t->v[h->a - 1].key, "va") == 0 &&
	    c->head >= 0 && c->owner == c->head && c->last == LAST_OWNER &&
	    hg != NULL && hg[0] != g && json_is_false(json_object_get(head,
	    "household")) && json_is_null(json_object_get(head, "spouse"));
}

/* Does "(vợ chồng)" follow owner hit h before the next owner is named
 * ("ông A ... và bà B ... (vợ chồng)")? */
static int
couple_said_after(const lr_xctx *c, const lr_hit *h)
{
	for (const lr_hit *n = h + 1; n < c->h.v + c->h.n &&
	    !owner_lab(n->lab); n++)
		if (n->lab == LAB_COUPLE)
			return 1;
	return 0;
}

/* Is an owner named now, not as a household ("ông B", not "hộ ông B"),
 * one of the members a household's head lists before any parcel is said
 * ("hộ gia đình ông A, gồm: - Ông A ...; - Bà B (vợ) ...; - Ông C (con)
 * ...; Thửa đất số ...")?  The household is the head's, and so are the
 * parcels said after them. */
static int
listed_member(const lr_xctx *c, int hh)
{
	json_t *head = json_array_get(c->owners, (size_t)c->head);

	return !hh && c->head >= 0 &&
	    json_is_true(json_object_get(head, "household")) &&
	    (int)json_array_size(c->parcels) == c->head_parcels;
}

/* Does "(vợ)" or "(chồng)" follow the name after owner hit h, before a
 * comma or semicolon: the owner is the spouse of the household's head? */
static int
spouse_said(const lr_xctx *c, const lr_hit *h, int end)
{
	for (int i = h->b; i + 2 < end && i < h->b + 8; i++) {
		if (lr_tok_is(c->t, i, ',') || lr_tok_is(c->t, i, ';'))
			return 0;
		if (lr_tok_is(c->t, i, '(') && lr_tok_is(c->t, i + 2, ')') &&
		    (strcmp(c->t->v[i + 1].key, "vo") == 0 ||
		    strcmp(c->t->v[i + 1].key, "chong") == 0))
			return 1;
	}
	return 0;
}

static void
on_owner(lr_xctx *c, const lr_hit *h, int end)
{
	int g = h->lab == LAB_OWNER_M || h->lab == LAB_HH_M ? 'M' : 'F';
	int hh = h->lab == LAB_HH_M || h->lab == LAB_HH_F ||
	    misread_household(c, h);
	int and = !hh && !c->spouse_next && c->couple != 2 &&
	    couple_by_and(c, h, g);
	int role = c->spouse_next || c->couple == 2 || and ? ROLE_SPOUSE :
	    household_member(c, h) ? ROLE_MEMBER : ROLE_HEAD;
	char path[64];

	if (role == ROLE_HEAD && listed_member(c, hh))
		role = spouse_said(c, h, end) ? ROLE_SPOUSE : ROLE_MEMBER;

	int j = new_owner(c, h->b, end, g, hh, role);
	if (and && j >= 0 && !couple_said_after(c, h)) {
		snprintf(path, sizeof(path), "owners[%d].spouse", j);
		lr_x_doubt(c, path, c->s->set[SET_AMBIGUOUS],
		    "a couple told by \"và\" alone");
	}
	if (hh && h->lab != LAB_HH_M && h->lab != LAB_HH_F && j >= 0) {
		snprintf(path, sizeof(path), "owners[%d].household", j);
		lr_x_doubt(c, path, c->s->set[SET_REPAIR],
		    "a word read for \"Hộ\" before the name");
	}
	c->spouse_next = 0;
	c->couple = c->couple == 1 ? 2 : 0;
}

/* Is owner j no one's spouse, and holds no parcel yet? */
static int
unpaired(const lr_xctx *c, int j)
{
	size_t n = json_array_size(c->parcels);

	if (!json_is_null(json_object_get(json_array_get(c->owners,
	    (size_t)j), "spouse")))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (json_integer_value(json_object_get(json_array_get(
		    c->parcels, k), "holder")) == j)
			return 0;
	return 1;
}

/* "vợ chồng ông A và bà B": the owner named second after it is the
 * first's spouse (on_owner).  "ông A ..., và bà B ... (vợ chồng)": the
 * owner just named, a head of her own, and the one named before are a
 * couple; the first is the head and holds what follows. */
static void
on_couple(lr_xctx *c, const lr_hit *h, int end)
{
	int j = c->owner;

	(void)end;
	if (h + 1 < c->h.v + c->h.n && h[1].a == h->b && owner_lab(h[1].lab)) {
		c->couple = 1;
		return;
	}
	if (j < 1 || c->head != j || c->last != LAST_OWNER ||
	    !unpaired(c, j - 1) || !unpaired(c, j))
		return;
	c->head = j - 1;
	link_spouse(c, j);
}

/* name, an organisation's that starts with the words of hit h, with
 * those words written as the listed kind they fold to when OCR misread
 * their marks ("Công ty cổ phân" for "công ty cổ phần"); a new string,
 * or NULL when they are as listed (or out of memory). */
static char *
org_kind_mended(const lr_xctx *c, const lr_hit *h, const char *name)
{
	char *read = lr_tok_join(c->t, h->a, h->b), *low = NULL, *key = NULL,
	    *kind = NULL, *out = NULL;
	size_t n = read ? strlen(read) : 0;

	if (read == NULL || strncmp(name, read, n) != 0 ||
	    (low = lr_lower(read)) == NULL || (key = lr_ascii(read)) == NULL)
		goto done;
	lr_fold_key(key);
	for (char *p = key, *o = key;; p++)	/* no spaces, as phrases */
		if (*p != ' ' && (*o++ = *p) == '\0')
			break;
	for (int p = 0; p < c->s->labels.n && kind == NULL; p++) {
		const lr_phrase *ph = &c->s->labels.v[p];
		if (ph->key == LAB_OWNER_ORG && strcasecmp(ph->joined, key) == 0 &&
		    strcmp(ph->text, low) != 0)
			kind = lr_sentence_case(ph->text);
	}
	if (kind != NULL && asprintf(&out, "%s%s", kind, name + n) < 0)
		out = NULL;
done:
	free(read), free(low), free(key), free(kind);
	return out;
}

static void on_area(lr_xctx *c, const lr_hit *h, int end);
static int with_unit(const lr_xctx *c, int b);

/* Does an area with its unit start at token i ("2.583,8 m²", or "m?" as
 * OCR misreads it: a word past the figures)? */
static int
area_at(const lr_xctx *c, int i, int end)
{
	double m2;
	lr_span sp;

	return (c->t->v[i].flags & TOK_DIGIT) &&
	    lr_parse_area(c->s, c->t, i, end, &m2, &sp) == 0 &&
	    (with_unit(c, sp.b) || !(c->t->v[sp.b - 1].flags & TOK_DIGIT));
}

/* "Giao cho Hợp tác xã Dịch vụ nông nghiệp Tân Lập, địa chỉ: ...": an
 * organisation holds the land, its name from its kind to the first comma,
 * to a bracket ("(mã số doanh nghiệp ...)" is no part of it) or to the
 * area said at once ("Giao cho Trường Tiểu học Liên Sơn 2.583,8 m² đất
 * tại ...": its parcel's); it has no sex, birth or personal ID
 * ("organisation": true). */
static void
on_organisation(lr_xctx *c, const lr_hit *h, int end)
{
	lr_span sp;
	char *name;
	int j;

	for (j = h->b; j < end && !lr_tok_is(c->t, j, '(') &&
	    !area_at(c, j, end); j++)
		;
	if (lr_parse_text(c->t, h->a, j, 1, &name, &sp) != 0)
		return;
	char *mended = org_kind_mended(c, h, name);
	if (mended != NULL)
		free(name), name = mended, sp.q *= c->s->set[SET_REPAIR],
		    sp.why = "the organisation's kind mended to its listed words";
	j = lr_x_owner(c, name, 0, 0, &sp);
	free(name);
	json_object_set_new(json_array_get(c->owners, (size_t)j),
	    "organisation", json_true());
	new_head(c, j);
	c->owner = j;
	c->last = LAST_OWNER;
	c->spouse_next = 0;
	if (sp.b < end && area_at(c, sp.b, end)) {
		lr_hit said = { LAB_P_AREA, sp.b, sp.b, 0 };
		on_area(c, &said, end);
	}
}

/* "và vợ (chồng) là bà B": the next owner is a spouse; "và vợ là B": this
 * one, of the other sex. */
static void
on_spouse(lr_xctx *c, const lr_hit *h, int end)
{
	int i = lr_tok_skip(c->t, h->b, end, ":");
	const char *g;

	c->spouse_next = 1;
	if (c->head < 0 || i >= end || !(c->t->v[i].flags & TOK_UPPER))
		return;		/* the next label, ông or bà, names the spouse */
	g = json_string_value(json_object_get(json_array_get(c->owners,
	    (size_t)c->head), "gender"));
	new_owner(c, i, end, g && *g == 'M' ? 'F' : 'M', 0, ROLE_SPOUSE);
	c->spouse_next = 0;
}

/* Does the value after a label at token i hold a digit ("l.2O0")? */
static int
has_digit(const lr_xctx *c, int i, int end)
{
	i = lr_tok_skip(c->t, i, end, ":-");
	return i < end && strpbrk(c->t->v[i].text, "0123456789") != NULL;
}

/* Lower field pre.key by factor and review it for reason why. */
static void
doubt_key(lr_xctx *c, const char *pre, const char *key, double factor,
    const char *why)
{
	char path[64];

	snprintf(path, sizeof(path), "%s.%s", pre, key);
	lr_x_doubt(c, path, factor, why);
}

/* A label whose value could not be read: review the field. */
static void
unreadable(lr_xctx *c, const char *pre, const char *key)
{
	doubt_key(c, pre, key, 1, "label found, value not readable");
}

static void
put_date(lr_xctx *c, json_t *o, const char *pre, const char *key,
    const int ymd[3], const lr_span *sp)
{
	char iso[40];

	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
	lr_x_put(c, o, pre, key, json_string(iso), sp, 0);
}

static void
on_birth(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32];
	json_t *o = cur_owner(c, pre, sizeof(pre));
	int ymd[3], y;
	lr_span sp;

	if (o == NULL)
		return;
	if (lr_parse_date(c->s, c->t, h->b, end, ymd, &sp) == 0) {
		put_date(c, o, pre, "birth_date", ymd, &sp);
		lr_x_put(c, o, pre, "birth_year", json_integer(ymd[0]), &sp, 0);
	} else if (lr_parse_year(c->s, c->t, h->b, end, &y, &sp) == 0)
		lr_x_put(c, o, pre, "birth_year", json_integer(y), &sp, 0);
	else {
		unreadable(c, pre, "birth_year");
		if (h->lab == LAB_BIRTH_DATE)
			unreadable(c, pre, "birth_date");
	}
}

/* "cấp ngày 12/3/2018 tại Công an tỉnh Điện Biên" */
static void
on_id_date(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], *place;
	json_t *o = cur_owner(c, pre, sizeof(pre));
	int ymd[3], n;
	lr_span sp;

	if (o == NULL || lr_parse_date(c->s, c->t, h->b, end, ymd, &sp) != 0)
		return;
	put_date(c, o, pre, "id_issue_date", ymd, &sp);
	n = lr_tok_skip(c->t, sp.b, end, ",");
	if ((n = lr_label_at(c->s, c->t, n, end, LAB_ID_PLACE, NULL)) > 0 &&
	    lr_parse_text(c->t, n, end, 1, &place, &sp) == 0) {
		lr_x_put(c, o, pre, "id_issue_place", json_string(place), &sp, 1);
		free(place);
	}
}

/* 1 when x is n digits and nothing else. */
static int
digits(const char *x, size_t n)
{
	return strlen(x) == n && strspn(x, "0123456789") == n;
}

/* A 9-digit ID label followed by 8 digits: OCR often drops a leading 0.
 * Kept as read for the cross-checks, which mend it from the province that
 * issued it or drop it (lr_x_checks); 0 when kept. */
static int
short_cmnd(lr_xctx *c, json_t *o, const char *pre, const lr_hit *h, int end)
{
	int j = lr_tok_skip(c->t, h->b, end, ":");
	const char *x = j < end ? c->t->v[j].text : "";
	lr_span sp = { j, j + 1, 1, NULL };

	if (h->lab != LAB_ID_CMND || !digits(x, 8))
		return -1;
	lr_x_put(c, o, pre, "id_number", json_string(x), &sp, 0);
	lr_x_put(c, o, pre, "id_type", json_string("cmnd"), &sp, 0);
	return 0;
}

static void
on_id(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], id[13];
	json_t *o = cur_owner(c, pre, sizeof(pre));
	lr_span sp;
	int rc;

	if (o == NULL)
		return;
	if ((rc = lr_parse_id(c->s, c->t, h->b, end, id, &sp)) == -1 &&
	    short_cmnd(c, o, pre, h, end) == 0)
		return;
	if (rc == LR_ID_REFUSED) {
		doubt_key(c, pre, "id_number", 1, lr_why_id_refused);
		unreadable(c, pre, "id_type");
		return;
	}
	if (rc != 0) {
		unreadable(c, pre, "id_number");
		unreadable(c, pre, "id_type");
		return;
	}
	lr_x_put(c, o, pre, "id_number", json_string(id), &sp, 0);
	lr_x_put(c, o, pre, "id_type", json_string(lr_x_id_type(id, h->lab)),
	    &sp, 0);
}

/* 1 when token j is a bare 9- or 12-digit number: an ID, nothing else in
 * a decision prints so many digits in one piece. */
static int
id_shaped(const lr_toks *t, int j)
{
	return digits(t->v[j].text, 9) || digits(t->v[j].text, 12);
}

/* An ID whose label OCR damaged ("Cări cước số 0110..."): a bare 9- or
 * 12-digit number in the clause of an owner who has no ID yet (tokens h->b
 * to end), read as an ID and reviewed. */
static void
bare_id(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], id[13], path[64];
	json_t *o = cur_owner(c, pre, sizeof(pre));
	lr_span sp;
	int j = h->b;

	if (o == NULL || !json_is_null(json_object_get(o, "id_number")))
		return;
	while (j < end && !id_shaped(c->t, j))
		j++;
	if (j == end || lr_parse_id(c->s, c->t, j, end, id, &sp) != 0)
		return;
	lr_x_put(c, o, pre, "id_number", json_string(id), &sp, 0);
	lr_x_put(c, o, pre, "id_type", json_string(lr_x_id_type(id,
	    LAB_ID_CCCD)), &sp, 0);
	snprintf(path, sizeof(path), "%s.id_number", pre);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED],
	    "ID number without its label");
	snprintf(path, sizeof(path), "%s.id_type", pre);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED],
	    "ID number without its label");
}

/* A birth year whose label OCR damaged ("(sảnh năm, 1941)"): a bare year
 * among the first tokens of the clause of an owner who has none (tokens
 * h->b to end), read and reviewed. */
static void
bare_year(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], path[64];
	json_t *o = cur_owner(c, pre, sizeof(pre));
	lr_span sp;
	int j, y;

	if (o == NULL || !json_is_null(json_object_get(o, "birth_year")))
		return;
	for (j = h->b; j < end && j < h->b + 10; j++)
		if (digits(c->t->v[j].text, 4) &&
		    lr_parse_year(c->s, c->t, j, end, &y, &sp) == 0)
			break;
	if (j == end || j == h->b + 10)
		return;
	lr_x_put(c, o, pre, "birth_year", json_integer(y), &sp, 0);
	snprintf(path, sizeof(path), "%s.birth_year", pre);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED],
	    "birth year without its label");
}

/* Free text (an address when addr) into key of o; -1 when none. */
static int
put_text(lr_xctx *c, json_t *o, const char *pre, const char *key, int i,
    int end, int addr)
{
	lr_span sp;
	char *s;

	if ((addr ? lr_parse_address(c->s, c->t, i, end, &s, &sp) :
	    lr_parse_sentence(c->s, c->t, i, end, &s, &sp)) != 0)
		return -1;
	lr_x_put(c, o, pre, key, json_string(s), &sp, 1);
	free(s);
	return 0;
}

/* Owner to takes owner from's address, with its field's confidence. */
static void
copy_address(lr_xctx *c, int from, int to)
{
	json_t *addr = json_object_get(json_array_get(c->owners, (size_t)from),
	    "address");
	char path[64], pre[32];

	if (addr == NULL || json_is_null(addr))
		return;
	json_object_set(json_array_get(c->owners, (size_t)to), "address", addr);
	lr_x_prefix(pre, sizeof(pre), "owners", from);
	snprintf(path, sizeof(path), "%s.address", pre);
	json_t *f = json_deep_copy(json_object_get(c->fields, path));
	lr_x_prefix(pre, sizeof(pre), "owners", to);
	snprintf(path, sizeof(path), "%s.address", pre);
	json_object_set_new(c->fields, path, f);
}

/* Is the current owner a member of the household of the group's head
 * (household_member), not its head nor a spouse? */
static int
member_of_household(const lr_xctx *c)
{
	json_t *o = json_array_get(c->owners, (size_t)c->owner);

	return c->owner >= 0 && c->head >= 0 && c->owner != c->head &&
	    json_is_null(json_object_get(o, "spouse")) &&
	    json_is_true(json_object_get(json_array_get(c->owners,
	    (size_t)c->head), "household"));
}

/* Is the current owner the spouse of the group's head ("ông A và vợ là
 * bà B, cùng thường trú tại X": the couple's address, the head's too)? */
static int
spouse_of_head(const lr_xctx *c)
{
	json_t *sp = json_object_get(json_array_get(c->owners,
	    (size_t)c->owner), "spouse");

	return c->owner >= 0 && c->head >= 0 && c->owner != c->head &&
	    json_is_integer(sp) && json_integer_value(sp) == c->head;
}

/* The address the current owner, the last named of a household, was
 * given: its head's and every member's named since the head that has
 * none ("- Ông A ...; - Bà B (vợ) ...; - Ông C (con) ...; Cùng thường
 * trú tại: X"). */
static void
household_address(lr_xctx *c)
{
	for (int k = c->head; k >= 0 && k < c->owner; k++)
		if (json_is_null(json_object_get(json_array_get(c->owners,
		    (size_t)k), "address")))
			copy_address(c, c->owner, k);
}

static void
on_address(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32];
	json_t *o = cur_owner(c, pre, sizeof(pre));
	int own = h->lab == LAB_ADDRESS && c->last == LAST_OWNER && o != NULL;

	c->owner_addr |= own;
	if (own && json_is_null(json_object_get(o, "address"))) {
		/* "Hộ ông A và bà B, (cùng) thường trú tại X": the
		 * household's address, its head's too */
		if (put_text(c, o, pre, "address", h->b, end, 1) == 0 &&
		    (member_of_household(c) || spouse_of_head(c)))
			household_address(c);
	} else if (c->last != LAST_HOUSE && lr_tok_named(c->t, h->b, end)) {
		/* "Vị trí khu đất: thuộc thửa đất số 87" names no place */
		o = cur_parcel(c, "address", pre, sizeof(pre));
		put_text(c, o, pre, "address", h->b, end, 1);
	}
}

/* "cùng thường trú tại địa chỉ trên": the address of the group's head. */
static void
on_same_address(lr_xctx *c, const lr_hit *h, int end)
{
	(void)h, (void)end;
	c->owner_addr = 1;
	if (c->owner < 0 || c->head < 0 || c->head == c->owner)
		return;
	copy_address(c, c->head, c->owner);
}

/* Is the value after a label at token i a list item's number that opens
 * the next line ("Thông tin thửa đất:" then "2.1. Tờ bản đồ số: 27")?  An
 * outline number has two levels or more, and a dot follows it. */
static int
item_number(const lr_xctx *c, int i, int end)
{
	const char *x;
	int levels = 0;

	i = lr_tok_skip(c->t, i, end, ":-");
	if (i + 1 >= end || !(c->t->v[i].flags & TOK_BOL) ||
	    !lr_tok_is(c->t, i + 1, '.'))
		return 0;
	for (x = c->t->v[i].text; isdigit((unsigned char)*x); levels++) {
		while (isdigit((unsigned char)*x))
			x++;
		if (*x == '.')
			x++;
	}
	return levels >= 2 && *x == '\0' && x[-1] != '.';
}

/* Does the area read end at token b with its unit ("m²", "ha")? */
static int
with_unit(const lr_xctx *c, int b)
{
	return b > 0 && (lr_label_at(c->s, c->t, b - 1, b, LAB_UNIT_M2,
	    NULL) == b || lr_label_at(c->s, c->t, b - 1, b, LAB_UNIT_HA,
	    NULL) == b);
}

/* "..., tại thôn X, xã Y" after a parcel's value ending before token i,
 * past a comma or a closing bracket ("(thửa số 45, tờ bản đồ số 5) tại
 * ấp X"), or when word is set one word in small letters ("1.234,5 m² đất
 * tại"): the parcel p's address.  0 when it was put. */
static int
place_after(lr_xctx *c, json_t *p, const char *pre, int i, int end,
    int word)
{
	int n;

	i = lr_tok_skip(c->t, i, end, ",)");
	if ((n = lr_label_at(c->s, c->t, i, end, LAB_ID_PLACE, NULL)) < 0 &&
	    word && i < end && (c->t->v[i].flags & (TOK_ALPHA | TOK_UPPER)) ==
	    TOK_ALPHA && !(c->t->v[i].flags & TOK_BOL))
		n = lr_label_at(c->s, c->t, i + 1, end, LAB_ID_PLACE, NULL);
	return n > 0 ? put_text(c, p, pre, "address", n, end, 1) : -1;
}

/* "tờ bản đồ địa chính số 15": one or two words in small letters between
 * a label and "số" qualify it; the number follows "số".  The token where
 * the number is looked for: after that "số", else i. */
static int
qualified_number(const lr_xctx *c, int i)
{
	int n;

	for (int k = i + 1; k < c->t->n && k <= i + 2; k++) {
		if ((c->t->v[k - 1].flags & (TOK_ALPHA | TOK_UPPER)) != TOK_ALPHA)
			return i;
		if ((n = lr_label_at(c->s, c->t, k, c->t->n, LAB_DEC_NUMBER,
		    NULL)) > 0 && n == k + 1)
			return n;
	}
	return i;
}

/* The number after a parcel's label at token i, as lr_parse_int() reads
 * it, or past a word OCR made of "số" ("Thửa sế 320"), doubted. */
static int
parcel_int(const lr_xctx *c, int i, int end, char *num, size_t n,
    lr_span *sp)
{
	int j = lr_tok_skip(c->t, i, end, ":-");

	if (!lr_misread_so(c->t, j, end) || lr_parse_int(c->s, c->t, j + 1,
	    end, num, n, sp) != 0)
		return lr_parse_int(c->s, c->t, i, end, num, n, sp);
	sp->q *= c->s->set[SET_REPAIR];
	sp->why = "a word read for \"số\" passed over";
	return 0;
}

static void
on_parcel_int(lr_xctx *c, const lr_hit *h, int end)
{
	const char *key = h->lab == LAB_P_NUMBER ? "number" : "sheet";
	char pre[32], num[16];
	int i = qualified_number(c, h->b);
	lr_span sp;

	if (i != h->b)
		end = end > i ? end : i + 1;
	if (item_number(c, i, end))
		return;
	if (parcel_int(c, i, end, num, sizeof(num), &sp) == 0) {
		json_t *p = cur_parcel(c, key, pre, sizeof(pre));
		lr_x_put(c, p, pre, key, json_string(num), &sp, 0);
		/* "các thửa số 227, 342 và 566" */
		if (h->lab == LAB_P_NUMBER)
			sp.b = lr_x_plist_numbers(c, h->a, sp.b, end);
		/* "tờ bản đồ số 68, tại ấp X": set apart by its comma or
		 * the bracket that held the number and sheet */
		if (json_is_null(json_object_get(p, "address")) &&
		    sp.b < end && (lr_tok_is(c->t, sp.b, ',') ||
		    lr_tok_is(c->t, sp.b, ')')))
			place_after(c, p, pre, sp.b, end, 0);
	} else if (has_digit(c, i, end))
		cur_parcel(c, key, pre, sizeof(pre));	/* reviewed as missing */
}

/* Does an area label with its figure ("diện tích 86,4 m²") follow hit h
 * in its article?  Then an area said in a sentence at h ("thuê 1.500 m²
 * đất ...") sums up the parcels listed after it and is none of theirs.  A
 * label with no figure ("Lý do: diện tích thu hồi được đo lại") states no
 * parcel's area. */
static int
area_follows(const lr_xctx *c, const lr_hit *h)
{
	double m2;
	lr_span sp;

	for (const lr_hit *n = h + 1; n < c->h.v + c->h.n &&
	    n->lab != LAB_ARTICLE; n++)
		if (n->lab == LAB_P_AREA && lr_parse_area(c->s, c->t, n->b,
		    c->t->n, &m2, &sp) == 0)
			return 1;
	return 0;
}

/* Does a parcel's number ("thửa đất số 152") follow hit h in its
 * article before any other area is said?  Then a recovery's area said at
 * h ("Thu hồi 209,4 m² đất ... của ông ...") is that parcel's; else it
 * sums up the holders or the parcels listed after it. */
static int
number_follows(const lr_xctx *c, const lr_hit *h)
{
	char num[32];
	lr_span sp;

	for (const lr_hit *n = h + 1; n < c->h.v + c->h.n &&
	    n->lab != LAB_P_AREA && n->lab != LAB_P_AREA_SAID &&
	    n->lab != LAB_P_AREA_TAKEN; n++)
		if (n->lab == LAB_P_NUMBER && lr_parse_int(c->s, c->t, n->b,
		    c->t->n, num, sizeof(num), &sp) == 0)
			return 1;
	return 0;
}

/* "diện tích 280 m², đất ở tại nông thôn": a land use named right after
 * the area, past its comma, with no label of its own: the use of parcel
 * p when it has none. */
static void
use_after(lr_xctx *c, json_t *p, const char *pre, int i, int end)
{
	char code[4];
	lr_span sp;
	int next;

	i = lr_tok_skip(c->t, i, end, ",");
	if (i + 1 >= end || !json_is_null(json_object_get(p, "land_use")) ||
	    strcmp(c->t->v[i].key, LR_LAND_WORD) != 0 ||
	    lr_phrase_at(&c->s->uses, c->t, i + 1, end, &next, NULL) < 0 ||
	    lr_parse_landuse(c->s, c->t, i, end, code, &sp) != 0)
		return;
	lr_x_put(c, p, pre, "land_use", json_string(code), &sp, 0);
}

static const char why_figures[] = "figures read by OCR with less than full "
    "confidence";

static void
on_area(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32];
	double m2;
	lr_span sp;
	int resp, i;

	if ((h->lab == LAB_P_AREA_SAID && area_follows(c, h)) ||
	    (h->lab == LAB_P_AREA_TAKEN && !number_follows(c, h)))
		return;
	/* "diện tích lần lượt là 120,5 m², 96 m² và 210 m²" */
	i = lr_x_plist_respectively(c, h->a, h->b, end, &resp);
	if (lr_parse_area(c->s, c->t, i, end, &m2, &sp) == 0) {
		json_t *p = cur_parcel(c, "area", pre, sizeof(pre));
		lr_span fig = sp;	/* its figures' doubt: the area's own */
		int n;
		lr_x_unsure_figures(c, &fig, why_figures);
		lr_x_put(c, p, pre, "area", json_real(m2), &fig, 0);
		n = lr_x_plist_areas(c, sp.b, end, resp);
		/* "diện tích 152 m², tại bản Hát Tre, xã Nà Nhạn"; after an area
		 * OCR misread, the words that follow are doubtful too */
		if (place_after(c, p, pre, n, end, with_unit(c, sp.b)) == 0 &&
		    sp.q < 1)
			doubt_key(c, pre, "address", sp.q,
			    "read after an area OCR misread");
		/* not one said before the holder ("Giao 1.683,6 m² đất ở cho") */
		if (h->lab != LAB_P_AREA_SAID)
			use_after(c, p, pre, n, end);
	} else if (has_digit(c, i, end))
		cur_parcel(c, "area", pre, sizeof(pre));	/* reviewed */
}

/* "(Bằng chữ: ...)": confirm the area, or repair it from the words. */
static void
on_words(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], path[64];
	json_t *p, *f;
	double v, area;
	lr_span sp;

	if (c->parcel < 0 || c->last != LAST_PARCEL ||
	    lr_parse_words_number(c->s, c->t, h->b, end, &v, &sp) != 0)
		return;
	p = json_array_get(c->parcels, (size_t)c->parcel);
	lr_x_prefix(pre, sizeof(pre), "parcels", c->parcel);
	snprintf(path, sizeof(path), "%s.area", pre);
	area = json_number_value(json_object_get(p, "area"));
	if ((f = json_object_get(c->fields, path)) == NULL)
		return;
	if (fabs(area - v) < 0.005) {
		double conf = json_real_value(json_object_get(f, "conf"));
		json_object_set_new(f, "conf", json_real(conf > 0.97 ? conf :
		    0.97));
		return;
	}
	json_object_set_new(p, "area", json_real(v));
	lr_x_doubt(c, path, c->s->set[SET_EVIDENCE_REPAIR],
	    "area disagreed with the area in words; words kept");
}

/* Does the parcel being read already have code as its key's use ("từ
 * đất trồng lúa sang ...", then "Mục đích trước khi chuyển: Đất trồng
 * lúa"): the same use said twice, no second parcel? */
static int
same_use(const lr_xctx *c, const char *key, const char *code)
{
	const char *had = c->parcel < 0 ? NULL : json_string_value(
	    json_object_get(json_array_get(c->parcels, (size_t)c->parcel), key));

	return had != NULL && strcmp(had, code) == 0;
}

static int past_qualifier(const lr_xctx *c, int i, int end);
static int qualified_term(const lr_xctx *c);

/* A use after its label, or, under a table with no parcel opened after
 * its rows, past a qualifier ("Loại đất thu hồi: đất rừng sản xuất"):
 * then it holds for all of them (lr_x_table_terms carries it). */
static void
on_use(lr_xctx *c, const lr_hit *h, int end)
{
	const char *key = h->lab == LAB_USE_TO ? "land_use_to" : "land_use";
	char pre[32], code[4];
	lr_span sp;

	if ((lr_parse_landuse(c->s, c->t, h->b, end, code, &sp) != 0 &&
	    (h->lab != LAB_P_USE || !qualified_term(c) ||
	    lr_parse_landuse(c->s, c->t, past_qualifier(c, h->b, end), end,
	    code, &sp) != 0)) ||
	    (h->lab == LAB_USE_FROM && same_use(c, key, code)))
		return;
	if (h->lab == LAB_USE_TO && c->parcel >= 0)
		lr_x_prefix(pre, sizeof(pre), "parcels", c->parcel);
	lr_x_put(c, h->lab == LAB_USE_TO && c->parcel >= 0 ?
	    json_array_get(c->parcels, (size_t)c->parcel) :
	    cur_parcel(c, key, pre, sizeof(pre)), pre, key, json_string(code),
	    &sp, 0);
}

/* The token after the colon that ends a label's qualifier of a few words
 * on its line ("Thời hạn sử dụng đất sau khi chuyển mục đích: Lâu dài"),
 * or i when none: a number or a line break first is a value. */
static int
past_qualifier(const lr_xctx *c, int i, int end)
{
	for (int j = i; j < end && j < i + 8; j++) {
		if ((j > i && (c->t->v[j].flags & TOK_BOL)) ||
		    (c->t->v[j].flags & TOK_DIGIT))
			return i;
		if (j > i && lr_tok_is(c->t, j, ':'))
			return j + 1;
	}
	return i;
}

/* "để sử dụng vào mục đích đất trồng cây lâu năm": the use of the parcel
 * being read, when it has none yet; a sentence that sums up the parcels
 * before they are listed opens none. */
static void
on_said_use(lr_xctx *c, const lr_hit *h, int end)
{
	json_t *p = json_array_get(c->parcels, (size_t)c->parcel);
	char pre[32], code[4];
	lr_span sp;

	if (c->parcel < 0 || c->last != LAST_PARCEL ||
	    !json_is_null(json_object_get(p, "land_use")) ||
	    lr_parse_landuse(c->s, c->t, h->b, end, code, &sp) != 0)
		return;
	lr_x_prefix(pre, sizeof(pre), "parcels", c->parcel);
	lr_x_put(c, p, pre, "land_use", json_string(code), &sp, 0);
}

/* May a term past a label's qualifier be read: for the parcel being
 * read in prose, or, under a table, when no parcel was opened after its
 * rows (the term then holds for them all)? */
static int
qualified_term(const lr_xctx *c)
{
	if (c->table_parcels > 0)
		return (int)json_array_size(c->parcels) == c->table_parcels;
	return c->parcel >= 0;
}

static void
on_term(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32], *term;
	int ymd[3];
	lr_span sp;
	json_t *p;

	/* past a qualifier, only for the parcel being read in prose, or
	 * under a table for all its rows ("Thời hạn sử dụng đất sau khi
	 * chuyển mục đích: Lâu dài": lr_x_table_terms carries it) */
	if (lr_parse_term(c->s, c->t, h->b, end, &term, ymd, &sp) != 0 &&
	    (!qualified_term(c) ||
	    lr_parse_term(c->s, c->t, past_qualifier(c, h->b, c->t->n),
	    c->t->n, &term, ymd, &sp) != 0))
		return;
	p = cur_parcel(c, "term", pre, sizeof(pre));
	lr_x_put(c, p, pre, "term", json_string(term), &sp, 0);
	if (ymd[0] > 0)
		put_date(c, p, pre, "term_end", ymd, &sp);
	free(term);
}

/* 1 when the last word of s has no letter ("... sử dụng 2", "... đất ^"):
 * a word OCR lost or a speck it read. */
static int
ends_in_mark(const char *s)
{
	const char *w = strrchr(s, ' ');
	utf8proc_int32_t ch;
	utf8proc_ssize_t n;

	for (w = w ? w + 1 : s; *w != '\0'; w += n) {
		if ((n = utf8proc_iterate((const utf8proc_uint8_t *)w, -1, &ch)) <= 0)
			return 1;
		if (utf8proc_category(ch) >= UTF8PROC_CATEGORY_LU &&
		    utf8proc_category(ch) <= UTF8PROC_CATEGORY_LO)
			return 0;
	}
	return 1;
}

/* An origin read a few letters off a wording of origins.tsv, and nearer
 * to none other, is written in that wording, reviewed; one far from all
 * that ends in a mark, not a word, is reviewed. */
static void
origin_wording(lr_xctx *c, json_t *p, const char *pre)
{
	const char *read = json_string_value(json_object_get(p, "origin"));
	int k = lr_phrase_nearest(&c->s->origins, read,
	    (int)c->s->set[SET_ORIGIN_EDITS]);
	const char *want = k < 0 ? NULL : c->s->origins.v[k].text;

	if (want == NULL && ends_in_mark(read))
		doubt_key(c, pre, "origin", c->s->set[SET_CHECK_FAILED],
		    "the origin ends in a mark, not a word");
	else if (want == NULL &&
	    lr_phrase_extends(&c->s->origins, read) >= 0)
		doubt_key(c, pre, "origin", c->s->set[SET_CHECK_FAILED],
		    "the origin is the start of a listed wording: cut short?");
	if (want == NULL || strcmp(want, read) == 0)
		return;
	json_object_set_new(p, "origin", json_string(want));
	doubt_key(c, pre, "origin", c->s->set[SET_EVIDENCE_REPAIR],
	    "origin mended to a listed wording");
}

/* "nguồn gốc sử dụng: chuyển mục đích sử dụng đất": the use labels of the
 * following hits are words of the origin. */
static void
on_origin(lr_xctx *c, const lr_hit *h, int end)
{
	char pre[32];
	json_t *p = cur_parcel(c, "origin", pre, sizeof(pre));
	const lr_hit *n = h + 1, *last = c->h.v + c->h.n;

	while (n < last && n->a == end && (n->lab == LAB_P_USE ||
	    n->lab == LAB_USE_FROM || n->lab == LAB_CHANGE))
		end = ++n < last ? n->a : c->t->n;
	if (put_text(c, p, pre, "origin", lr_tok_skip(c->t, h->b, end, ";"),
	    end, 0) == 0)
		origin_wording(c, p, pre);
	else if (p != NULL)
		unreadable(c, pre, "origin");
}

/* "Nhà nước giao đất có thu tiền sử dụng đất thông qua đấu giá ...": a
 * wording of origins.tsv at token a, followed by more of the sentence
 * before b, is the origin; the rest says how.  Its index, *text made that
 * wording as read; -1 when none. */
static int
origin_lead(const lr_xctx *c, int a, int b, char **text)
{
	int next, k = lr_phrase_at(&c->s->origins, c->t, a, b, &next, NULL);
	char *lead;

	if (k < 0 || next >= b || (c->t->v[next].flags & (TOK_ALPHA |
	    TOK_UPPER)) != TOK_ALPHA || (lead = lr_tok_join(c->t, a,
	    next)) == NULL)
		return -1;
	free(*text);
	*text = lead;
	return k;
}

/* "Hình thức giao đất: Nhà nước giao đất có thu tiền sử dụng đất": the
 * origin of the parcel being read, when it gives none and the form is a
 * wording of origins.tsv ("Hình thức sử dụng: Sử dụng riêng" is none). */
static void
on_form(lr_xctx *c, const lr_hit *h, int end)
{
	json_t *p = c->parcel < 0 || c->last != LAST_PARCEL ? NULL :
	    json_array_get(c->parcels, (size_t)c->parcel);
	char pre[32], *text;
	int k = -1;
	lr_span sp;

	if (p == NULL || !json_is_null(json_object_get(p, "origin")) ||
	    lr_parse_text(c->t, lr_tok_skip(c->t, h->b, end, ":"), end, 0,
	    &text, &sp) != 0)
		return;
	k = lr_phrase_nearest(&c->s->origins, text,
	    (int)c->s->set[SET_ORIGIN_EDITS]);
	if (k < 0)
		k = origin_lead(c, sp.a, sp.b, &text);
	if (k >= 0) {
		lr_x_prefix(pre, sizeof(pre), "parcels", c->parcel);
		lr_x_put(c, p, pre, "origin", json_string(c->s->origins.v[k].text),
		    &sp, 1);
		if (strcmp(text, c->s->origins.v[k].text) != 0)
			doubt_key(c, pre, "origin", c->s->set[SET_EVIDENCE_REPAIR],
			    "origin mended to a listed wording");
	}
	free(text);
}

/* Put v (stolen), the figures of tokens sp, as key of house o, doubted
 * when OCR read them with low confidence (lr_x_unsure_figures): a
 * house's areas, floors and year bear no check. */
static void
house_figures(lr_xctx *c, json_t *o, const char *key, json_t *v,
    lr_span *sp)
{
	lr_x_unsure_figures(c, sp, why_figures);
	lr_x_put(c, o, "house", key, v, sp, 0);
}

static void
on_house(lr_xctx *c, const lr_hit *h, int end)
{
	static const struct { int lab; const char *key; } keys[] = {
		{ LAB_H_BUILDING, "building_area" }, { LAB_H_FLOOR, "floor_area" },
		{ LAB_H_STRUCTURE, "structure" }, { LAB_H_FLOORS, "floors" },
		{ LAB_H_YEAR, "year_built" },
	};
	json_t *o = cur_house(c);
	char num[8];
	double v;
	lr_span sp;
	int y;

	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		const char *k = keys[i].key;
		if (keys[i].lab != h->lab)
			continue;
		if (h->lab == LAB_H_STRUCTURE) {
			/* "Kết cốu: Tường gọch": misread as its label */
			if (put_text(c, o, "house", k, h->b, end, 0) == 0 &&
			    h->dist > 0)
				doubt_key(c, "house", k, c->s->set[SET_REPAIR],
				    "its label misread by OCR, as the text may be");
		}
		else if (h->lab == LAB_H_YEAR && lr_parse_year(c->s, c->t, h->b,
		    end, &y, &sp) == 0)
			house_figures(c, o, k, json_integer(y), &sp);
		else if (h->lab == LAB_H_FLOORS && lr_parse_int(c->s, c->t, h->b,
		    end, num, sizeof(num), &sp) == 0)
			house_figures(c, o, k, json_integer(atoi(num)), &sp);
		else if (lr_parse_area(c->s, c->t, h->b, end, &v, &sp) == 0)
			house_figures(c, o, k, json_real(v), &sp);
		else
			unreadable(c, "house", k);
	}
}

/* "Tài sản gắn liền với đất: Nhà ở riêng lẻ ...": a house the decision
 * describes; not one named in passing, the phrase ending its clause
 * ("kiểm đếm đất đai, tài sản gắn liền với đất."). */
static void
on_house_intro(lr_xctx *c, const lr_hit *h, int end)
{
	if (h->b >= end || lr_tok_is(c->t, h->b, '.') ||
	    lr_tok_is(c->t, h->b, ',') || lr_tok_is(c->t, h->b, ';'))
		return;
	cur_house(c);
}

static const struct {
	int lab;
	hit_fn fn;
} handlers[] = {
	{ LAB_OWNER_M, on_owner }, { LAB_OWNER_F, on_owner },
	{ LAB_HH_M, on_owner }, { LAB_HH_F, on_owner },
	{ LAB_OWNER_ORG, on_organisation },
	{ LAB_SPOUSE, on_spouse }, { LAB_COUPLE, on_couple },
	{ LAB_BIRTH_YEAR, on_birth },
	{ LAB_BIRTH_DATE, on_birth }, { LAB_ID_CCCD, on_id },
	{ LAB_ID_DD, on_id }, { LAB_ID_CMND, on_id }, { LAB_ID_DATE, on_id_date },
	{ LAB_ADDRESS, on_address }, { LAB_P_ADDRESS, on_address },
	{ LAB_ADDRESS_SAME, on_same_address },
	{ LAB_P_NUMBER, on_parcel_int }, { LAB_P_SHEET, on_parcel_int },
	{ LAB_P_AREA, on_area }, { LAB_P_AREA_SAID, on_area },
	{ LAB_P_AREA_TAKEN, on_area },
	{ LAB_P_USE_SAID, on_said_use }, { LAB_P_WORDS, on_words },
	{ LAB_P_USE, on_use }, { LAB_USE_FROM, on_use }, { LAB_USE_TO, on_use },
	{ LAB_P_TERM, on_term }, { LAB_P_ORIGIN, on_origin },
	{ LAB_P_FORM, on_form },
	{ LAB_H_INTRO, on_house_intro }, { LAB_H_BUILDING, on_house },
	{ LAB_H_FLOOR, on_house }, { LAB_H_STRUCTURE, on_house },
	{ LAB_H_FLOORS, on_house }, { LAB_H_YEAR, on_house },
};

/* Is token i the word w, folded? */
static int
word_is(const lr_xctx *c, int i, const char *w)
{
	return i >= 0 && i < c->t->n && strcmp(c->t->v[i].key, w) == 0;
}

/* Does the representative's label end at token b, past the marks and the
 * "là" between it and the title ("người đại diện: ông", "đại diện là
 * bà")? */
static int
represent_before(const lr_xctx *c, int b)
{
	while (b > 0 && (lr_tok_is(c->t, b - 1, ':') || lr_tok_is(c->t,
	    b - 1, '(') || lr_tok_is(c->t, b - 1, ',') || word_is(c, b - 1,
	    "la")))
		b--;
	for (int i = b - 1; i >= 0 && i >= b - 6; i--)
		if (lr_label_at(c->s, c->t, i, b, LAB_REPRESENT, NULL) == b)
			return 1;
	return 0;
}

/* Does owner hit h name a representative, who acts for the holder and
 * holds nothing: after "người đại diện" ("(người đại diện: ông X, con
 * trai, ...)"), or after "do" with "làm người đại diện" in the clause
 * ("do ông X, chức vụ Giám đốc, làm người đại diện theo pháp luật")? */
static int
representative(const lr_xctx *c, const lr_hit *h, int end)
{
	if (represent_before(c, h->a))
		return 1;
	if (!word_is(c, h->a - 1, "do"))
		return 0;
	for (int i = h->b; i < end && i < h->b + 25; i++) {
		if (lr_tok_is(c->t, i, ':') || lr_tok_is(c->t, i, ';') ||
		    lr_tok_is(c->t, i, '.'))
			break;
		if (lr_label_at(c->s, c->t, i, end, LAB_REPRESENT, NULL) > 0)
			return 1;
	}
	return 0;
}

/* The hit after representative hit k and the person's own labels that
 * follow it (birth, ID), before token end. */
static int
past_representative(const lr_xctx *c, int k, int end)
{
	while (++k < c->h.n && c->h.v[k].a < end) {
		int lab = c->h.v[k].lab;
		if (lab != LAB_BIRTH_YEAR && lab != LAB_BIRTH_DATE &&
		    lab != LAB_ID_CCCD && lab != LAB_ID_DD &&
		    lab != LAB_ID_CMND && lab != LAB_ID_DATE)
			break;
	}
	return k;
}

/* Run the handlers over the hits from hit k to token end. */
/* "Diện tích chuyển mục đích: 149,8 m²": a change of use at hit k right
 * after an area label says what the area is of; it states nothing. */
static int
area_of_change(const lr_xctx *c, int k)
{
	return k > 0 && c->h.v[k].lab == LAB_CHANGE &&
	    c->h.v[k - 1].lab == LAB_P_AREA && c->h.v[k - 1].b == c->h.v[k].a;
}

static void
walk(lr_xctx *c, int k, int end)
{
	for (; k < c->h.n && c->h.v[k].a < end; k++) {
		const lr_hit *h = &c->h.v[k];
		int vend = k + 1 < c->h.n && c->h.v[k + 1].a < end ?
		    c->h.v[k + 1].a : end;
		if (c->in_table[c->t->v[h->a].line])
			continue;
		if (area_of_change(c, k)) {
			lr_hit area = { LAB_P_AREA, h->a, h->b, 0 };
			on_area(c, &area, vend);
		} else if (h->lab == LAB_CHANGE || h->lab == LAB_TOTAL) {
			k = lr_x_statement(c, k, end) - 1;
			continue;
		} else if (owner_lab(h->lab) && representative(c, h, end)) {
			k = past_representative(c, k, end) - 1;
			continue;
		}
		for (size_t i = 0; i < sizeof(handlers) / sizeof(*handlers); i++)
			if (handlers[i].lab == h->lab)
				handlers[i].fn(c, h, vend);
		if (h->lab == LAB_BIRTH_YEAR || h->lab == LAB_BIRTH_DATE)
			bare_id(c, h, vend);
		if (owner_lab(h->lab))
			bare_year(c, h, vend);
	}
}

/* The number of the article whose label ends at token i, in digits or
 * Roman numerals ("Điều II"), the token after it in *after; -1 when
 * none. */
static int
article_number(const lr_xctx *c, int i, int *after)
{
	char num[8];
	lr_span sp;
	int r;

	if (lr_parse_int(c->s, c->t, i, c->t->n, num, sizeof(num), &sp) == 0) {
		*after = sp.b;
		return atoi(num);
	}
	i = lr_tok_skip(c->t, i, c->t->n, "*`^~_'\"");
	*after = i + 1;
	return i < c->t->n && (r = lr_parse_roman(c->t->v[i].text)) > 0 ? r :
	    -1;
}

/* Is token i an opening quote ("“Điều 1. ...")? */
static int
opening_quote(const lr_toks *t, int i)
{
	static const char *const q[] = { "\"", "\u201c", "\u201e", "\u00ab",
	    "\u2018" };

	for (size_t k = 0; i >= 0 && k < sizeof(q) / sizeof(*q); k++)
		if (strcmp(t->v[i].text, q[k]) == 0)
			return 1;
	return 0;
}

/* Does hit h ("Điều", its number ending before token after) head an
 * article of the decision: at its line's start (past specks) or its number
 * followed by "." or ":", and not quoted?  An article cited ("sửa đổi,
 * bổ sung Điều 1 Quyết định số ...") heads none, nor one an amendment
 * quotes as its new text ("“Điều 1. Thu hồi ...”"): both belong to the
 * article they stand in. */
static int
heads_article(const lr_xctx *c, const lr_hit *h, int after)
{
	const lr_toks *t = c->t;
	int a = h->a;

	while (a > 0 && !(t->v[a].flags & TOK_BOL) &&
	    (t->v[a - 1].flags & TOK_PUNCT) && !opening_quote(t, a - 1))
		a--;
	if (opening_quote(t, a - 1))
		return 0;
	return (t->v[a].flags & TOK_BOL) || (after < t->n &&
	    (lr_tok_is(t, after, '.') || lr_tok_is(t, after, ':')));
}

/* The hit of "Điều n" heading an article from hit k on, n in *n; -1 when
 * none. */
static int
article(const lr_xctx *c, int k, int *n)
{
	int after;

	for (; k < c->h.n; k++)
		if (c->h.v[k].lab == LAB_ARTICLE &&
		    (*n = article_number(c, c->h.v[k].b, &after)) >= 0 &&
		    heads_article(c, &c->h.v[k], after))
			return k;
	return -1;
}

/* Under a table with no parcel opened after its rows, the articles after
 * Điều 1 (hits from k on) that state its parcels' use or term and nothing
 * else first ("Điều 2. Loại đất thu hồi: đất rừng sản xuất (RSX)."), and
 * the use or term after it past a ";": read for all its rows
 * (lr_x_table_terms carries them). */
static void
later_terms(lr_xctx *c, int k)
{
	int on = 0;	/* the hit before one of them, "Điều 2. Loại đất:
			 * ...; thời hạn sử dụng: ..." */
	int under = qualified_term(c);

	for (k = k < 0 ? c->h.n : k + 1; k < c->h.n; k++) {
		const lr_hit *h = &c->h.v[k], *art = &c->h.v[k - 1];
		int next = art->lab == LAB_ARTICLE && h->a <= art->b + 2 &&
		    !(c->t->v[h->a].flags & TOK_BOL);
		next |= on && h->a > 0 && lr_tok_is(c->t, h->a - 1, ';');
		on = 0;
		if ((h->lab != LAB_P_USE && h->lab != LAB_P_TERM) || !next ||
		    !under)
			continue;
		on = 1;
		if (h->lab == LAB_P_USE)
			on_use(c, h, c->t->n);
		else
			on_term(c, h, c->t->n);
	}
}

/* Does the article of hits k to before hit end name a parcel ("thửa đất
 * số")? */
static int
names_parcel(const lr_xctx *c, int k, int end)
{
	for (; k < end; k++)
		if (c->h.v[k].lab == LAB_P_NUMBER)
			return 1;
	return 0;
}

/* How many parcels of c have a number. */
static int
numbered_parcels(const lr_xctx *c)
{
	size_t i;
	json_t *p;
	int n = 0;

	json_array_foreach(c->parcels, i, p)
		n += !json_is_null(json_object_get(p, "number"));
	return n;
}

/* Do parcels a and b of c hold one number and sheets that do not differ
 * (one of them none)? */
static int
same_parcel(const lr_xctx *c, int a, int b)
{
	const json_t *pa = json_array_get(c->parcels, (size_t)a),
	    *pb = json_array_get(c->parcels, (size_t)b);
	const char *na = json_string_value(json_object_get(pa, "number")),
	    *nb = json_string_value(json_object_get(pb, "number")),
	    *sa = json_string_value(json_object_get(pa, "sheet")),
	    *sb = json_string_value(json_object_get(pb, "sheet"));

	return na != NULL && nb != NULL && strcmp(na, nb) == 0 &&
	    (sa == NULL || sb == NULL || strcmp(sa, sb) == 0);
}

/* Drop the parcels of c from first on that repeat one before first: a
 * later article that names a parcel of Điều 1 again ("bàn giao thửa đất
 * số 62 trên thực địa") gives no new one. */
static void
drop_repeated(lr_xctx *c, int first)
{
	for (int j = (int)json_array_size(c->parcels) - 1; j >= first; j--)
		for (int i = 0; i < first; i++)
			if (same_parcel(c, i, j)) {
				lr_x_parcel_drop(c, j);
				break;
			}
}

/* Drop the owners of c from first on: named in a later article that
 * gives no new parcel ("ông B, cán bộ địa chính, bàn giao thửa đất số 62
 * ..."), they hold none. */
static void
drop_owners(lr_xctx *c, int first)
{
	for (int j = (int)json_array_size(c->owners) - 1; j >= first; j--)
		lr_x_owner_drop(c, j);
	if (c->owner >= first || c->head >= first)
		c->owner = c->head = -1;
}

/* The articles after Điều 1 (their first hit k, -1 for none) that name a
 * parcel ("Điều 2. Giao tiếp cho bà A thửa đất số 155, ..."), read as
 * Điều 1 is, up to a list attached; one that yields no parcel is a review
 * item. */
static void
later_parcels(lr_xctx *c, int k)
{
	int n, next, end, had, first, read, owners;

	for (; k >= 0 && c->h.v[k].lab != LAB_ANNEX; k = next) {
		next = article(c, k + 1, &n);
		end = next < 0 ? c->h.n : next;
		if (!names_parcel(c, k, end))
			continue;
		had = numbered_parcels(c);
		first = (int)json_array_size(c->parcels);
		owners = (int)json_array_size(c->owners);
		c->parcel = -1;
		walk(c, k, next < 0 ? c->t->n : c->h.v[next].a);
		read = numbered_parcels(c) > had;
		drop_repeated(c, first);
		if ((int)json_array_size(c->parcels) == first)
			drop_owners(c, owners);
		if (!read)
			lr_x_doubt(c, "parcels", c->s->set[SET_CHECK_FAILED],
			    "an article names a parcel that was not read");
	}
}

void
lr_x_body(lr_xctx *c)
{
	int n = 0, k = article(c, 0, &n), k2, end;

	while (k >= 0 && n != 1)
		k = article(c, k + 1, &n);
	if (k < 0) {
		walk(c, 0, c->t->n);
		lr_x_plist_close(c);
		lr_x_statement_end(c);
		return;
	}
	k2 = article(c, k + 1, &n);
	end = k2 < 0 ? c->t->n : c->h.v[k2].a;
	walk(c, k, end);
	if (c->table_parcels > 0)
		later_terms(c, k2);
	else
		later_parcels(c, k2);
	/* lists attached after the decision */
	for (int j = k2; j >= 0 && j < c->h.n; j++)
		if (c->h.v[j].lab == LAB_ANNEX) {
			c->owner = c->head = c->parcel = -1;
			walk(c, j, c->t->n);
			break;
		}
	lr_x_plist_close(c);
	lr_x_statement_end(c);
}
