/* Field extraction: cross-checks between fields that catch OCR errors (ID
 * digits against birth year and sex, dates against the IDs' era) and the
 * commune codes of addresses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "text/text.h"


/* Give field pre.to the confidence, page and box of field from_pre.from. */
static void
copy_meta(lr_xctx *c, const char *from_pre, const char *from, const char *pre,
    const char *to)
{
	char pf[64], pt[64];
	json_t *f;

	snprintf(pf, sizeof(pf), "%s.%s", from_pre, from);
	snprintf(pt, sizeof(pt), "%s.%s", pre, to);
	if ((f = json_object_get(c->fields, pf)) != NULL)
		json_object_set_new(c->fields, pt, json_deep_copy(f));
}

/* Set key of dst (path prefix pre), when null, to key of owner j (a JSON
 * integer), when set.  Returns 1 when copied. */
static int
from_owner(lr_xctx *c, json_t *dst, const char *pre, const json_t *j,
    const char *key)
{
	char opre[32];
	json_t *v;

	if (!json_is_integer(j) || !json_is_null(json_object_get(dst, key)))
		return 0;
	lr_x_prefix(opre, sizeof(opre), "owners", (int)json_integer_value(j));
	v = json_object_get(json_array_get(c->owners,
	    (size_t)json_integer_value(j)), key);
	if (v == NULL || json_is_null(v))
		return 0;
	json_object_set(dst, key, v);
	copy_meta(c, opre, key, pre, key);
	return 1;
}

static void
doubt2(lr_xctx *c, const char *pre, const char *k1, const char *k2,
    const char *why)
{
	char path[64];

	snprintf(path, sizeof(path), "%s.%s", pre, k1);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED], why);
	if (k2 == NULL)
		return;
	snprintf(path, sizeof(path), "%s.%s", pre, k2);
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED], why);
}

/* A 12-digit ID with figures repaired (lr_why_id_fixed) that disagrees
 * with the document (bad: lr_id_check's mask): a repair, or a figure OCR
 * misread beside it, went wrong.  Refused: no value, reviewed as
 * unreadable; 0 when refused. */
static int
refuse_fixed_id(lr_xctx *c, json_t *o, const char *pre, int bad)
{
	char path[64];

	snprintf(path, sizeof(path), "%s.id_number", pre);
	if (bad == 0 || !lr_x_in_review_for(c, path, lr_why_id_fixed))
		return -1;
	json_object_set_new(o, "id_number", json_null());
	lr_x_doubt(c, path, c->s->set[SET_CHECK_FAILED],
	    "ID unreadable: repaired figures disagree with the document");
	return 0;
}

/* The 12-digit ID's century/sex digit and year digits against the birth
 * year and ông/bà; a missing sex is taken from the ID. */
static void
check_id(lr_xctx *c, json_t *o, const char *pre)
{
	const char *id = json_string_value(json_object_get(o, "id_number"));
	const char *g = json_string_value(json_object_get(o, "gender"));
	int year = (int)json_integer_value(json_object_get(o, "birth_year"));
	lr_id_parts parts;
	int bad;

	if (id == NULL || strlen(id) != 12)
		return;
	bad = lr_id_check(id, year, g ? g[0] : 0);
	if (refuse_fixed_id(c, o, pre, bad) == 0)
		return;
	if (bad & LR_ID_MALFORMED)
		doubt2(c, pre, "id_number", NULL, "not a valid personal ID");
	if (bad & LR_ID_YEAR_DIFFERS)
		doubt2(c, pre, "id_number", "birth_year",
		    "year digits disagree with birth year");
	if (bad & LR_ID_SEX_DIFFERS)
		doubt2(c, pre, "id_number", "gender",
		    "sex digit disagrees with ông/bà");
	if (c->units != NULL && lr_id_parts_of(id, &parts) == 0 &&
	    !lr_units_has_province(c->units, parts.province))
		doubt2(c, pre, "id_number", NULL,
		    "no province has the ID's first three figures");
	if (g == NULL && lr_id_parts_of(id, &parts) == 0) {
		char sex[2] = { (char)parts.sex, '\0' };
		json_object_set_new(o, "gender", json_string(sex));
		copy_meta(c, pre, "id_number", pre, "gender");
	}
}

/* The name with its syllable at byte a (n bytes long) replaced by syl,
 * in the case of the one replaced; NULL when out of memory. */
static char *
name_with(const char *name, size_t a, size_t n, const char *syl)
{
	char *old = strndup(name + a, n), *cased = old ? lr_case_as(syl, old) :
	    NULL, *out = NULL;

	if (cased != NULL && (out = malloc(strlen(name) + strlen(cased) + 1)))
		sprintf(out, "%.*s%s%s", (int)a, name, cased, name + a + n);
	free(old), free(cased);
	return out;
}

/* Is syl a syllable of a name the schemas list (a surname, a middle
 * name) or the names' lists hold? */
static int
syllable_known(const lr_xctx *c, const char *syl)
{
	char *low = lr_lower(syl);
	int known = low == NULL || lr_names_syllable(c->names, syl);

	for (int p = 0; !known && p < c->s->labels.n; p++) {
		const lr_phrase *ph = &c->s->labels.v[p];
		known = (ph->key == LAB_SURNAME || ph->key ==
		    LAB_NAME_MIDDLE) && strcmp(ph->text, low) == 0;
	}
	free(low);
	return known;
}

/* A syllable of owner pre's name in none of the names' lists
 * (syllable_known()) that is what OCR makes of a listed one in a face
 * whose a has one storey (lr_names_near: "Phơn" for Phan): put back when
 * it is the only listed one so close and the name was read with a
 * confidence under name_conf, else the name doubted.  A syllable one tone
 * or mark off a listed one is left to the confidence checks: unlisted
 * names ("Khiên", "Pằng") are written so. */
static void
listed_syllables(lr_xctx *c, json_t *o, const char *pre)
{
	const char *name = json_string_value(json_object_get(o, "name")), *near;
	char path[64], *fixed;
	json_t *f;
	int count;

	snprintf(path, sizeof(path), "%s.name", pre);
	if (json_is_true(json_object_get(o, "organisation")))
		return;		/* "Công ty ...": no person's name */
	for (size_t a = 0, n; c->names != NULL && name != NULL &&
	    name[a] != '\0'; a += n + (name[a + n] == ' ')) {
		char *syl = strndup(name + a, n = strcspn(name + a, " "));
		near = syl != NULL && !syllable_known(c, syl) ?
		    lr_names_near(c->names, syl, &count) : NULL;
		free(syl);
		if (near == NULL)
			continue;
		f = json_object_get(c->fields, path);
		if (count > 1 || json_real_value(json_object_get(f, "conf")) *
		    100 >= c->s->set[SET_NAME_CONF] ||
		    (fixed = name_with(name, a, n, near)) == NULL) {
			lr_x_doubt(c, path, c->s->set[SET_NAME_DAMAGED],
			    "a syllable of the name in no list of names, a "
			    "listed one with its a read as o");
			return;
		}
		json_object_set_new(o, "name", json_string(fixed));
		free(fixed);
		name = json_string_value(json_object_get(o, "name"));
		n = strcspn(name + a, " ");
		lr_x_doubt(c, path, 1, "a syllable of the name put back to "
		    "the listed one OCR misread");
	}
}

/* A sex neither printed nor in the ID: the one a given name that only one
 * sex's list holds tells, reviewed; an organisation has none ("Công ty ...
 * Minh Khang"). */
static void
given_name_sex(lr_xctx *c, json_t *o, const char *pre)
{
	const char *name = json_string_value(json_object_get(o, "name"));
	char g[2] = { 0, 0 }, path[64];

	if (c->names == NULL || name == NULL ||
	    !json_is_null(json_object_get(o, "gender")) ||
	    json_is_true(json_object_get(o, "organisation")) ||
	    (g[0] = (char)lr_names_sex(c->names, name)) == 0)
		return;
	json_object_set_new(o, "gender", json_string(g));
	copy_meta(c, pre, "name", pre, "gender");
	snprintf(path, sizeof(path), "%s.gender", pre);
	lr_x_doubt(c, path, c->s->set[SET_NAME_SEX],
	    "gender from the given name");
}

/* The 9-digit IDs' prefix of the province place (where an ID was issued:
 * "Công an tỉnh Lai Châu") ends with, by id-prefixes.tsv; -1 when none. */
static int
place_prefix(const lr_xdata *s, const char *place)
{
	int p = lr_phrase_ending(&s->id_prefixes, place);

	return p < 0 ? -1 : s->id_prefixes.v[p].key;
}

/* Mend the prefix of id to that of the province it was issued in: of 9
 * digits with one of the first two off, or of 8 that lack the prefix's
 * leading 0; 0 when mended. */
static int
mend_prefix(lr_xctx *c, json_t *o, const char *pre, const char *id)
{
	const char *place = json_string_value(json_object_get(o,
	    "id_issue_place"));
	int want = place_prefix(c->s, place), n = (int)strlen(id);
	char fixed[16], path[64];

	if (want < 0 || want > 99)
		return -1;
	snprintf(fixed, sizeof(fixed), "%02d%s", want, id + (n == 9 ? 2 : 1));
	if (n == 9 ? (fixed[0] != id[0]) + (fixed[1] != id[1]) != 1 :
	    fixed[0] != '0' || fixed[1] != id[0])
		return -1;
	json_object_set_new(o, "id_number", json_string(fixed));
	snprintf(path, sizeof(path), "%s.id_number", pre);
	lr_x_doubt(c, path, c->s->set[SET_EVIDENCE_REPAIR],
	    "ID prefix mended from the province that issued it");
	return 0;
}

/* An 8-digit ID (short_cmnd in body.c) that cannot be mended is
 * no ID: both fields go back to null, reviewed. */
static void
short_id(lr_xctx *c, json_t *o, const char *pre, const char *id)
{
	if (mend_prefix(c, o, pre, id) == 0)
		return;
	json_object_set_new(o, "id_number", json_null());
	json_object_set_new(o, "id_type", json_null());
	doubt2(c, pre, "id_number", "id_type", "label found, value not readable");
}

/* A 9-digit ID starts with the code of the province that issued it: one
 * no province has means a misread digit, mended when the document names
 * the province. */
static void
check_cmnd(lr_xctx *c, json_t *o, const char *pre)
{
	const char *id = json_string_value(json_object_get(o, "id_number"));
	int prov;

	if (id != NULL && strlen(id) == 8) {
		short_id(c, o, pre, id);	/* id is gone */
		return;
	}
	if (id == NULL || strlen(id) != 9)
		return;
	prov = (id[0] - '0') * 10 + (id[1] - '0');
	if ((prov < 1 || prov > c->s->set[SET_CMND_PROVINCE_MAX]) &&
	    mend_prefix(c, o, pre, id) != 0)
		doubt2(c, pre, "id_number", NULL,
		    "no province issues 9-digit IDs with this prefix");
}

/* Dates against each other: a 12-digit ID in a decision dated before
 * such IDs were issued, a birth after the decision. */
static void
check_era(lr_xctx *c, json_t *o, const char *pre, int dyear)
{
	const char *id = json_string_value(json_object_get(o, "id_number"));
	int by = (int)json_integer_value(json_object_get(o, "birth_year"));

	if (dyear <= 0)
		return;
	if (id != NULL && strlen(id) == 12 &&
	    dyear < c->s->set[SET_CCCD_SINCE]) {
		lr_x_doubt(c, "decision.date", c->s->set[SET_CHECK_FAILED],
		    "12-digit ID in a decision dated before such IDs");
		doubt2(c, pre, "id_number", NULL,
		    "12-digit ID in a decision dated before such IDs");
	}
	if (by > dyear)
		doubt2(c, pre, "birth_year", NULL, "born after the decision");
}

/* The year part of a decision number ("12/2019/QĐ-UBND": 2019), or 0:
 * four figures alone between slashes. */
static int
number_year(const char *number)
{
	const char *s = strchr(number, '/');

	for (; s != NULL; s = strchr(s + 1, '/'))
		if (strspn(s + 1, "0123456789") == 4 && s[5] == '/')
			return atoi(s + 1);
	return 0;
}

/* A decision number whose year part is not the year of the decision's
 * date: one of the two was misread. */
static void
check_number_year(lr_xctx *c, int dyear)
{
	const char *number = json_string_value(json_object_get(c->decision,
	    "number"));
	int year = number != NULL ? number_year(number) : 0;

	if (dyear > 0 && year > 0 && year != dyear)
		lr_x_doubt(c, "decision.number", c->s->set[SET_CHECK_FAILED],
		    "the year in the number is not the date's");
}

/* A couple described together: "ông A ... và vợ là bà B ..., thường trú
 * tại X" gives X to both. */
static void
share_address(lr_xctx *c, json_t *o, const char *pre)
{
	from_owner(c, o, pre, json_object_get(o, "spouse"), "address");
}

/* The generation of units the decision's date means; with no date, its
 * year alone when it falls wholly before or after July 2025; else, a land
 * decision a commune's committee issued means the new units: communes
 * decide on land only since July 2025 (two-tier local government). */
static enum lr_era
era(const lr_xctx *c)
{
	const char *d = json_string_value(json_object_get(c->decision, "date")),
	    *kind = json_string_value(json_object_get(c->decision, "kind"));

	if (d == NULL && c->year > 0 && c->year != 2025)
		return c->year > 2025 ? LR_ERA_NEW : LR_ERA_OLD;
	if (d == NULL && c->commune_issuer && kind != NULL &&
	    strcmp(kind, "other") != 0)
		return LR_ERA_NEW;
	return lr_units_era(d);
}

/* The address of o with its unit names mended (lr_x_addr_mend), and
 * reviewed when mended or when it names a unit no list has. */
static void
mend_address(lr_xctx *c, json_t *o, const char *pre)
{
	const char *addr = json_string_value(json_object_get(o, "address"));
	char *fixed = addr == NULL ? NULL : lr_x_addr_spaced(addr);
	lr_mend m;

	if (fixed != NULL) {
		json_object_set_new(o, "address", json_string(fixed));
		addr = json_string_value(json_object_get(o, "address"));
		free(fixed);
	}
	if (addr == NULL || (fixed = lr_x_addr_mend(c, addr, era(c), &m)) ==
	    NULL)
		return;
	if (m.changes > 0) {
		json_object_set_new(o, "address", json_string(fixed));
		doubt2(c, pre, "address", NULL, m.cut ? "address cut short in its "
		    "last unit's name, completed from the unit list" :
		    "unit names mended to the official ones");
	}
	if (m.unknown > 0)
		doubt2(c, pre, "address", NULL,
		    "a district or province name in no official list");
	free(fixed);
}

/* The unit of the decision's issuer ("thành phố Cao Bằng" of "Ủy ban
 * nhân dân thành phố Cao Bằng"), borrowed from the decision, or NULL. */
static const char *
issuer_unit(const lr_xctx *c)
{
	const char *iss = json_string_value(json_object_get(c->decision,
	    "issuer"));
	char *label = lr_label_text(c->s, LAB_ISSUER);
	size_t n = label ? strlen(label) : 0;
	const char *unit = NULL;

	if (iss != NULL && n > 0 && strncmp(iss, label, n) == 0 &&
	    iss[n] == ' ')
		unit = iss + n + 1;
	free(label);
	return unit;
}

/* The issuer's unit ("Ủy ban nhân dân huyện Nghị Xuân") mended to the
 * official name it is close to, as an address's are, and reviewed. */
static void
mend_issuer(lr_xctx *c)
{
	const char *iss = json_string_value(json_object_get(c->decision,
	    "issuer")), *unit = issuer_unit(c);
	char *fixed = NULL, *out;
	lr_mend m;

	if (unit != NULL && (fixed = lr_x_addr_mend(c, unit, era(c), &m)) !=
	    NULL && m.changes > 0 && asprintf(&out, "%.*s %s",
	    (int)(unit - 1 - iss), iss, fixed) >= 0) {
		json_object_set_new(c->decision, "issuer", json_string(out));
		lr_x_doubt(c, "decision.issuer", c->s->set[SET_CHECK_FAILED],
		    "unit name mended to the official one");
		free(out);
	}
	free(fixed);
}

enum { CANDIDATES = 4 };

/* Why address is no commune when several fit it: "several communes fit:
 * 03164 Xã Quảng Lâm, Tỉnh Điện Biên; 01304 Xã Quảng Lâm, Tỉnh Cao Bằng"
 * (the first CANDIDATES of them).  A new string, or NULL when one or none
 * fits (or out of memory). */
static char *
candidates(const lr_xctx *c, const char *address)
{
	const char *code[CANDIDATES], *com, *dis, *prov;
	int n = lr_units_find_all(c->units, address, c->province, era(c),
	    code, CANDIDATES);
	char buf[600];
	size_t len = 0;

	if (n < 2)
		return NULL;
	len = (size_t)snprintf(buf, sizeof(buf), "several communes fit");
	for (int i = 0; i < n && i < CANDIDATES && len < sizeof(buf); i++)
		if (lr_units_names(c->units, code[i], era(c), &com, &dis,
		    &prov) == 0)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s %s %s, %s", i ? ";" : ":", code[i], com, prov);
	if (n > CANDIDATES && len < sizeof(buf))
		snprintf(buf + len, sizeof(buf) - len, "; and %d more",
		    n - CANDIDATES);
	return strdup(buf);
}

static const char *place_commune(lr_xctx *c, const char *place,
    const char *dc, int *amb);

/* The commune code of the address of o, when units are loaded, told
 * apart from its namesakes by the decision's commune dc (or NULL) or
 * issuer (place_commune); when several still fit, a review item naming
 * them. */
static void
commune(lr_xctx *c, json_t *o, const char *pre, const char *dc)
{
	const char *addr = json_string_value(json_object_get(o, "address"));
	const char *code;
	char path[64], *why;
	int amb = 0;

	mend_address(c, o, pre);
	addr = json_string_value(json_object_get(o, "address"));
	if (c->units == NULL || addr == NULL)
		return;
	code = place_commune(c, addr, dc, &amb);
	if (code != NULL) {
		json_object_set_new(o, "commune_code", json_string(code));
		copy_meta(c, pre, "address", pre, "commune_code");
	} else if (amb && (why = candidates(c, addr)) != NULL) {
		snprintf(path, sizeof(path), "%s.commune_code", pre);
		lr_x_doubt(c, path, 0, why);
		free(why);
	}
}

/* A parcel whose address names no commune: its holder's commune, doubted. */
static void
holder_commune(lr_xctx *c, json_t *p, const char *pre)
{
	char path[64];

	if (!from_owner(c, p, pre, json_object_get(p, "holder"),
	    "commune_code"))
		return;
	snprintf(path, sizeof(path), "%s.commune_code", pre);
	lr_x_doubt(c, path, c->s->set[SET_AMBIGUOUS],
	    "commune taken from the holder's address");
}

/* Do a and b spell alike, case and tone marks aside ("Thành phố Cao
 * Bằng", "thành phố Cao Bằng")? */
static int
spell_alike(const char *a, const char *b)
{
	char *ka = lr_tonekey(a), *kb = lr_tonekey(b);
	int same = ka != NULL && kb != NULL && strcmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return same;
}

/* The name of district unit past its type ("Kim Bảng" of "huyện Kim
 * Bảng", "Thị xã Kim Bảng") as lr_tonekey() spells it, a new string; NULL
 * when unit starts with no district's type. */
static char *
district_key(const char *unit)
{
	static const char *const types[] = { "huyện", "thị xã", "thành phố",
	    "quận" };
	char *k = lr_tonekey(unit), *out = NULL;

	for (size_t i = 0; k != NULL && out == NULL && i < sizeof(types) /
	    sizeof(*types); i++) {
		char *tk = lr_tonekey(types[i]);
		size_t n = tk != NULL ? strlen(tk) : 0;
		if (n > 0 && strncmp(k, tk, n) == 0 && k[n] == ' ')
			out = strdup(k + n + 1);
		free(tk);
	}
	free(k);
	return out;
}

/* Are district a (of the list) and the issuer's unit b one district:
 * spelt alike, or by the same name with another district's type (the
 * list's "Thị xã Kim Bảng", a 1999 decision's "huyện Kim Bảng": a district
 * made a town since)? */
static int
same_district(const char *a, const char *b)
{
	char *ka, *kb;
	int same;

	if (spell_alike(a, b))
		return 1;
	ka = district_key(a), kb = district_key(b);
	same = ka != NULL && kb != NULL && strcmp(ka, kb) == 0;
	free(ka), free(kb);
	return same;
}

/* The district of the unit list (borrowed from it) whose committee
 * issued the decision ("Ủy ban nhân dân huyện Nhơn Trạch"), or NULL: a
 * province's, a commune's or one no list names as written. */
static const char *
issuer_district(const lr_xctx *c)
{
	enum { MAX = 4000 };
	const char *unit = issuer_unit(c), **names, *found = NULL;
	int n;

	if (c->units == NULL || unit == NULL || c->commune_issuer ||
	    (names = calloc(MAX + 1, sizeof(*names))) == NULL)
		return NULL;
	n = lr_units_names_in(c->units, LR_UNIT_DISTRICT, LR_ERA_ANY, NULL,
	    NULL, names, MAX);
	for (int i = 0; i < n && i < MAX && found == NULL; i++)
		if (spell_alike(names[i], unit))
			found = names[i];
	free(names);
	return found;
}

/* Does address name the issuer's unit ("..., huyện Điện Biên"), case and
 * tone marks aside? */
static int
names_issuer(const lr_xctx *c, const char *address)
{
	const char *unit = issuer_unit(c);
	char *ka = address ? lr_tonekey(address) : NULL, *ku = unit ?
	    lr_tonekey(unit) : NULL;
	int yes = ka != NULL && ku != NULL && strstr(ka, ku) != NULL;

	free(ka);
	free(ku);
	return yes;
}

/* A parcel's commune found outside the district whose committee issued
 * the decision, dist ("xã Phú Hữu" of huyện An Phú, the village "khu phố
 * An Phú" read as the district, in a decision of huyện Nhơn Trạch): the
 * land a committee decides on lies in its district, so it is reviewed;
 * not when its address names that district (the list's districts are
 * today's: a commune may have moved since). */
static void
outside_issuer(lr_xctx *c, json_t *p, const char *pre, const char *dist)
{
	const char *code = json_string_value(json_object_get(p,
	    "commune_code")), *com, *d, *prov;

	if (code == NULL || dist == NULL || lr_units_names(c->units, code,
	    era(c), &com, &d, &prov) != 0 || (d != NULL && spell_alike(d,
	    dist)) || names_issuer(c, json_string_value(json_object_get(p,
	    "address"))))
		return;
	doubt2(c, pre, "commune_code", NULL,
	    "a commune outside the issuer's district");
}

/* The commune place names: when several communes of that name fit, the
 * one the decision names (dc, or NULL: "xã An Phú" in an owner's address
 * of a decision on land "tại xã An Phú, tỉnh Yên Bái"), else the one
 * that lies in the issuer's unit ("xã Hưng Đạo" in a decision of the
 * people's committee of "thành phố Cao Bằng"); *amb as lr_units_find's. */
static const char *
place_commune(lr_xctx *c, const char *place, const char *dc, int *amb)
{
	enum { MAXFIT = 16 };
	const char *code = lr_units_find(c->units, place, c->province, era(c),
	    amb), *unit = issuer_unit(c), *fit[MAXFIT], *in = NULL, *com,
	    *dist, *prov;
	int n;

	if (code != NULL || *amb == 0)
		return code;
	n = lr_units_find_all(c->units, place, c->province, era(c), fit,
	    MAXFIT);
	for (int k = 0; k < n && k < MAXFIT && dc != NULL; k++)
		if (strcmp(fit[k], dc) == 0) {
			*amb = 0;
			return dc;
		}
	for (int k = 0; k < n && k < MAXFIT && unit != NULL; k++)
		if (lr_units_names(c->units, fit[k], era(c), &com, &dist,
		    &prov) == 0 && dist != NULL && same_district(dist, unit)) {
			if (in != NULL)
				return NULL;	/* two there: still ambiguous */
			in = fit[k];
		}
	if (in != NULL)
		*amb = 0;
	return in;
}

/* The commune the first place phrase ("tại xã Tìa Dình, huyện Điện Biên
 * Đông", "thuộc địa bàn xã Keo Lôm") of the 40 tokens from a names, the
 * phrase's tokens in *where; NULL when none or several fit. */
static const char *
place_after(lr_xctx *c, int a, lr_span *where)
{
	int amb = 0, end = a + 40 < c->t->n ? a + 40 : c->t->n;
	const char *code = NULL;
	char *text;
	lr_span sp;

	for (int j = a; j < end && code == NULL; j++) {
		int n = lr_label_at(c->s, c->t, j, end, LAB_ID_PLACE, NULL);
		if (n < 0 || lr_parse_address(c->s, c->t, n, end, &text, &sp) != 0)
			continue;
		code = place_commune(c, text, NULL, &amb);
		if (amb && c->commune_why == NULL)
			c->commune_why = candidates(c, text);
		free(text);
		*where = sp;
		where->why = NULL;
	}
	return amb ? NULL : code;
}

/* The commune whose committee issued the decision ("Ủy ban nhân dân
 * phường Hội An Tây"), the issuer's tokens in *where; NULL when the
 * issuer is no commune's or names none of the lists. */
static const char *
issuer_commune(lr_xctx *c, lr_span *where)
{
	const char *unit = issuer_unit(c), *code;
	int amb = 0;

	if (!c->commune_issuer || unit == NULL ||
	    (code = place_commune(c, unit, NULL, &amb)) == NULL)
		return NULL;
	*where = c->issuer_sp;
	where->why = NULL;
	return code;
}

/* The commune Điều 1 names, else the subject line ("Về việc thu hồi đất
 * ... tại xã Pa Ham"), else the issuer's when a commune's committee issued
 * it, for owners and parcels of a table that name none; the place phrase's
 * tokens in *where. */
static const char *
decision_commune(lr_xctx *c, lr_span *where)
{
	const char *code = NULL;
	int art = -1, title = -1;

	for (int k = 0; k < c->h.n; k++) {
		if (c->h.v[k].lab == LAB_ARTICLE && art < 0)
			art = c->h.v[k].b;
		if (c->h.v[k].lab == LAB_TITLE && title < 0)
			title = c->h.v[k].b;
	}
	if (c->units == NULL)
		return NULL;
	if (art >= 0)
		code = place_after(c, art, where);
	if (code == NULL && title >= 0)
		code = place_after(c, title, where);
	return code == NULL ? issuer_commune(c, where) : code;
}

/* The commune the addresses of owner i's parcels name, when they name
 * one and the same (a table whose only addresses are its parcels'); NULL
 * when none or several.  Their address of the first in *at. */
static const char *
parcels_commune(lr_xctx *c, int i, int *at)
{
	const char *code = NULL, *one, *addr;
	json_t *p;
	size_t k;
	int amb;

	*at = -1;
	json_array_foreach(c->parcels, k, p) {
		json_t *h = json_object_get(p, "holder");
		if (!json_is_integer(h) || json_integer_value(h) != i ||
		    (addr = json_string_value(json_object_get(p, "address")))
		    == NULL)
			continue;
		if ((one = place_commune(c, addr, NULL, &amb)) == NULL ||
		    (code != NULL && strcmp(code, one) != 0))
			return NULL;
		code = one;
		*at = *at < 0 ? (int)k : *at;
	}
	return code;
}

/* An owner with no address, o (owner i, path prefix pre), whose parcels
 * all lie in one commune: that commune, doubted. */
static void
commune_of_parcels(lr_xctx *c, json_t *o, int i, const char *pre)
{
	char ppre[32];
	int at;
	const char *code;

	if (c->units == NULL || !json_is_null(json_object_get(o, "address")) ||
	    !json_is_null(json_object_get(o, "commune_code")) ||
	    (code = parcels_commune(c, i, &at)) == NULL)
		return;
	json_object_set_new(o, "commune_code", json_string(code));
	lr_x_prefix(ppre, sizeof(ppre), "parcels", at);
	copy_meta(c, ppre, "address", pre, "commune_code");
	doubt2(c, pre, "commune_code", NULL,
	    "commune taken from the addresses of the holder's parcels");
}

/* Give obj (path prefix pre) the decision's commune unless it has one: its
 * page and box are those of the place phrase (where), its confidence the
 * review threshold. */
static void
default_commune(lr_xctx *c, json_t *obj, const char *pre, const char *code,
    const lr_span *where)
{
	char path[64];

	if (code == NULL || !json_is_null(json_object_get(obj, "commune_code")))
		return;
	lr_x_put(c, obj, pre, "commune_code", json_string(code), where, 0);
	snprintf(path, sizeof(path), "%s.commune_code", pre);
	json_object_set_new(json_object_get(c->fields, path), "conf",
	    json_real(c->s->set[SET_REVIEW_BELOW]));
}

/* Is the folded word w (or the two words two) a unit's type word of
 * labels.tsv, of the commune only when commune is set? */
static int
unit_word(const lr_xdata *s, const char *w, const char *two, int commune)
{
	for (int p = 0; p < s->labels.n; p++) {
		int k = s->labels.v[p].key;
		if ((k == LAB_UNIT_COMMUNE || (!commune &&
		    (k == LAB_UNIT_DISTRICT || k == LAB_UNIT_PROVINCE ||
		    k == LAB_UNIT_VILLAGE))) &&
		    (strcmp(s->labels.v[p].joined, w) == 0 ||
		    strcmp(s->labels.v[p].joined, two) == 0))
			return 1;
	}
	return 0;
}

/* Does the address addr name a commune by its type word (xã, phường ...:
 * unit.commune of labels.tsv)?  With last, does it end in a type word of
 * any unit instead (its name lost: "bản Phai Cát, xã")? */
static int
unit_words(const lr_xdata *s, const char *addr, int last)
{
	char *f = addr ? lr_ascii(addr) : NULL, *w, *save = NULL, prev[64] = "";
	char two[160];
	int found = 0;

	for (w = f ? strtok_r(f, " ,.;:", &save) : NULL; w != NULL &&
	    (last || !found); w = strtok_r(NULL, " ,.;:", &save)) {
		snprintf(two, sizeof(two), "%s%s", prev, w);
		found = unit_word(s, w, two, !last);
		snprintf(prev, sizeof(prev), "%s", w);
	}
	free(f);
	return found;
}

/* Is the last word of addr in small letters (a type word, "xã"; not the
 * name "Hà Tĩnh", which folds to one)? */
static int
last_small(const char *addr)
{
	const char *w = strrchr(addr, ' ');
	char *low = lr_lower(w ? w + 1 : addr);
	int small = low != NULL && strcmp(low, w ? w + 1 : addr) == 0;

	free(low);
	return small;
}

/* Does addr end in the first word of a unit's type of two words or more
 * (labels.tsv), written in small letters ("thôn Bắc Sơn, thị": thị trấn
 * or thị xã, cut short)? */
static int
type_cut(const lr_xdata *s, const char *addr)
{
	const char *w = addr ? strrchr(addr, ' ') : NULL;
	size_t n;

	if (w == NULL)
		return 0;
	n = strlen(++w);	/* compared with its case: "Thành" is a name */
	for (int p = 0; p < s->labels.n; p++) {
		int k = s->labels.v[p].key;
		const char *x = s->labels.v[p].text;
		if ((k == LAB_UNIT_COMMUNE || k == LAB_UNIT_DISTRICT ||
		    k == LAB_UNIT_PROVINCE || k == LAB_UNIT_VILLAGE ||
		    k == LAB_UNIT_TYPE) && strncmp(x, w, n) == 0 && x[n] == ' ')
			return 1;
	}
	return 0;
}

/* After commune(): an address that ends in a unit's type word has lost
 * that unit's name ("bản Phai Cát, xã"); one that names a commune none of
 * the lists has (not one that several communes fit) is damaged or cut
 * short ("xã Mường").  Both reviewed. */
static void
cut_address(lr_xctx *c, json_t *o, const char *pre)
{
	const char *addr = json_string_value(json_object_get(o, "address"));
	char path[64];

	snprintf(path, sizeof(path), "%s.commune_code", pre);
	if ((unit_words(c->s, addr, 1) && last_small(addr)) ||
	    type_cut(c->s, addr))
		doubt2(c, pre, "address", NULL, "ends in a unit word, its name lost");
	else if (c->units != NULL &&
	    json_is_null(json_object_get(o, "commune_code")) &&
	    !lr_x_in_review(c, path) && unit_words(c->s, addr, 0))
		doubt2(c, pre, "address", NULL,
		    "names a commune no list has: damaged or cut short");
}

/* With units loaded, a missing commune code is reviewed: as one that
 * several communes fit (named) when that is why, once per field. */
static void
no_commune(lr_xctx *c, json_t *o, const char *pre)
{
	char path[64];

	if (c->units == NULL ||
	    !json_is_null(json_object_get(o, "commune_code")))
		return;
	snprintf(path, sizeof(path), "%s.commune_code", pre);
	if (!lr_x_in_review(c, path))
		doubt2(c, pre, "commune_code", NULL, c->commune_why ?
		    c->commune_why : "no commune found");
}

/* The first page with a block of lines in aligned columns (a table by
 * the page's layout), or 0. */
static int
table_page(const lr_xctx *c)
{
	for (int p = 0; c->w != NULL && p < c->w->npages; p++)
		for (int l = 0; l < c->w->pages[p].nlines; l++)
			if (c->w->pages[p].lines[l].kind == LR_BLOCK_TABLE)
				return c->w->pages[p].n;
	return 0;
}

/* How many parcels of c were read with a number, a sheet or an area: one
 * with none of them (a term or an origin said once for the rows of a
 * table that could not be read) is no parcel read. */
static size_t
parcels_read(const lr_xctx *c)
{
	static const char *const keys[] = { "number", "sheet", "area" };
	size_t n = 0;

	for (size_t i = 0; i < json_array_size(c->parcels); i++) {
		json_t *p = json_array_get(c->parcels, i);
		int got = 0;
		for (size_t k = 0; k < sizeof(keys) / sizeof(*keys); k++)
			got |= !json_is_null(json_object_get(p, keys[k]));
		n += got;
	}
	return n;
}

/* A decision about land names who holds what: no owner or no parcel read
 * is reviewed, also when no phrase told the kind (an unreadable subject
 * line leaves it "other"); no parcel read (parcels_read) from a page with
 * a table is one item on the table, standing for its holders too. */
static void
no_owner(lr_xctx *c)
{
	const char *kind = json_string_value(json_object_get(c->decision,
	    "kind"));
	int page;

	/* a table flagged whole says why they are missing */
	if (kind == NULL || (strcmp(kind, "other") == 0 && c->kind_known) ||
	    lr_x_table_flagged(c))
		return;
	if (json_array_size(c->owners) == 0)
		lr_x_doubt(c, "owners", c->s->set[SET_CHECK_FAILED],
		    "no owner found");
	if (parcels_read(c) > 0 || (json_array_size(c->parcels) > 0 &&
	    table_page(c) == 0))
		return;
	if ((page = table_page(c)) > 0) {
		char why[96];
		snprintf(why, sizeof(why), "page %d: no parcel found: the rows "
		    "of its table could not be read", page);
		lr_x_table_item(c, why);	/* its holders in doubt too */
	} else
		lr_x_doubt(c, "parcels", c->s->set[SET_CHECK_FAILED],
		    "no parcel found");
}

/* The parcel keys the decision's kind prints for each parcel in prose
 * (kinds.tsv), or NULL. */
static const char *
kind_prints(const lr_xctx *c)
{
	const char *kind = json_string_value(json_object_get(c->decision,
	    "kind"));

	for (int k = 0; kind != NULL && k < c->s->nkinds; k++)
		if (strcmp(c->s->kind_names[k], kind) == 0)
			return c->s->kind_prints[k];
	return NULL;
}

/* The fields of o named in the space-separated keys that are null go to
 * review as not found. */
static void
not_found(lr_xctx *c, json_t *o, const char *pre, const char *keys)
{
	char *copy = strdup(keys), *save = NULL;

	for (char *k = copy ? strtok_r(copy, " ", &save) : NULL; k != NULL;
	    k = strtok_r(NULL, " ", &save))
		if (json_is_null(json_object_get(o, k)))
			doubt2(c, pre, k, NULL, "not found");
	free(copy);
}

/* Does any owner have a birth year? */
static int
some_birth_year(const lr_xctx *c)
{
	json_t *o;
	size_t i;

	json_array_foreach(c->owners, i, o)
		if (json_is_integer(json_object_get(o, "birth_year")))
			return 1;
	return 0;
}

/* Are two owners or more read, none with an address, and no owner's
 * address label met: a document that gives owners no address ("- Ông A,
 * sinh năm 1987: thửa đất số 89 ...")? */
static int
no_owner_address(const lr_xctx *c)
{
	json_t *o;
	size_t i;

	if (c->owner_addr || json_array_size(c->owners) < 2)
		return 0;
	json_array_foreach(c->owners, i, o)
		if (!json_is_null(json_object_get(o, "address")))
			return 0;
	return 1;
}

/* A house described prints all its fields; a parcel described in prose
 * (not a table row) those its decision's kind prints; every owner an
 * address when the document gives owners addresses or lists no parcels in
 * a table and gives some owner one (a damaged address label is no reason
 * to pass it by), and a birth year when it gives one and lists no parcels
 * in a table. */
static void
missing_prose(lr_xctx *c)
{
	const char *prints = kind_prints(c);
	int years = c->table_parcels == 0 && some_birth_year(c);
	int addr = c->owner_addr || (c->table_parcels == 0 &&
	    !no_owner_address(c));
	char pre[32];
	json_t *o;
	size_t i;

	if (!json_is_null(c->house))
		not_found(c, c->house, "house", "building_area floor_area "
		    "structure floors year_built");
	json_array_foreach(c->owners, i, o) {
		lr_x_prefix(pre, sizeof(pre), "owners", (int)i);
		if (addr)
			not_found(c, o, pre, "address");
		if (years && !json_is_true(json_object_get(o,
		    "organisation")))
			not_found(c, o, pre, "birth_year");
	}
	json_array_foreach(c->parcels, i, o) {
		lr_x_prefix(pre, sizeof(pre), "parcels", (int)i);
		if ((int)i >= c->table_parcels && prints != NULL)
			not_found(c, o, pre, prints);
	}
}

/* A land use that names a group of uses ("Đất trồng lúa") is reviewed: a
 * clerk chooses the use. */
static void
group_use(lr_xctx *c, const json_t *p, const char *pre)
{
	const char *use = json_string_value(json_object_get(p, "land_use"));
	int k = use ? lr_xdata_code(c->s, use) : -1;

	if (k >= 0 && c->s->code_group[k])
		doubt2(c, pre, "land_use", NULL, "a group of land uses, not one");
}

void
lr_x_checks(lr_xctx *c)
{
	const char *date = json_string_value(json_object_get(c->decision,
	    "date"));
	int dyear = date ? atoi(date) : 0;
	lr_span where = { 0, 0, 1, NULL };
	const char *dc, *idist;
	char pre[32];
	size_t i;
	json_t *o;

	mend_issuer(c);
	check_number_year(c, dyear);
	idist = issuer_district(c);
	dc = decision_commune(c, &where);
	json_array_foreach(c->owners, i, o) {
		lr_x_prefix(pre, sizeof(pre), "owners", (int)i);
		check_id(c, o, pre);
		listed_syllables(c, o, pre);
		given_name_sex(c, o, pre);
		check_cmnd(c, o, pre);
		check_era(c, o, pre, dyear);
		share_address(c, o, pre);
		commune(c, o, pre, dc);
		cut_address(c, o, pre);
		if (json_is_null(json_object_get(o, "address")))
			default_commune(c, o, pre, dc, &where);
		commune_of_parcels(c, o, (int)i, pre);
		if (json_is_null(json_object_get(o, "gender")) &&
		    !json_is_true(json_object_get(o, "organisation")))
			doubt2(c, pre, "gender", NULL, "sex not printed");
		no_commune(c, o, pre);
	}
	json_array_foreach(c->parcels, i, o) {
		lr_x_prefix(pre, sizeof(pre), "parcels", (int)i);
		group_use(c, o, pre);
		commune(c, o, pre, dc);
		cut_address(c, o, pre);
		if (json_is_null(json_object_get(o, "address")))
			default_commune(c, o, pre, dc, &where);
		holder_commune(c, o, pre);
		outside_issuer(c, o, pre, idist);
		no_commune(c, o, pre);
		if (json_is_null(json_object_get(o, "area")))
			doubt2(c, pre, "area", NULL, "not found");
		if (json_is_null(json_object_get(o, "number")))
			doubt2(c, pre, "number", NULL, "not found");
		if (json_is_null(json_object_get(o, "sheet")))
			doubt2(c, pre, "sheet", NULL, "not found");
		if (json_is_null(json_object_get(o, "land_use")))
			doubt2(c, pre, "land_use", NULL, "not found");
		if (json_is_null(json_object_get(o, "holder")))
			doubt2(c, pre, "holder", NULL, "not found");
	}
	no_owner(c);
	missing_prose(c);
	/* "và chồng là ðng Lầu A Tếnh": a spouse announced, never read */
	if (c->spouse_next && json_array_size(c->owners) > 0)
		lr_x_doubt(c, "owners", c->s->set[SET_CHECK_FAILED],
		    "a spouse named but not read");
}
