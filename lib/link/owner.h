/* Owners as ocr-extract writes them ({"name", "gender", "birth_year",
 * "birth_date", "id_number", "id_type", "address", "commune_code"}) read
 * into the form record linkage compares. */
#ifndef LR_OWNER_H
#define LR_OWNER_H

#include <jansson.h>

#include "text/text.h"
#include "person.h"

/* What lr_owner_read() found wrong. */
enum { LR_OWNER_NO_NAME = 1, LR_OWNER_BAD_ID = 2 };

/* Read owner record j (borrowed) into p: the name (a title "ông", "bà"
 * gives the sex), birth date or year, sex ("gender", else the title, the
 * middle name, the ID's sex digit), the ID (12 digits a personal ID; 9
 * digits, or id_type "cmnd", an old ID), commune and village; an
 * organisation ("organisation": true) only its name and p->organisation,
 * for it has no birth, sex or personal ID.  Returns 0,
 * or a mask of LR_OWNER_*: without a name p is not usable; an unreadable
 * ID is left out. */
int lr_owner_read(const json_t *j, lr_person *p);

/* Set where owner i of a decision holds land from the decision's parcels
 * (borrowed, an array of {"commune_code", "address", "holder"}): the
 * first parcel whose holder is i, or that names no holder (the parcel of
 * every owner); nothing when there is none. */
void lr_owner_parcel(lr_person *p, const json_t *parcels, size_t i);

/* Where the land of a decision (its record's "decision", borrowed: title,
 * issuer, date) lies, for owners whose record says it nowhere else: the
 * commune its title places it in ("... tại xã Mường Tùng, huyện Mường
 * Chà"), else the commune whose committee issued it (a commune's
 * committee decides on land in its commune), found in units u of the
 * decision's era.  The 5-digit code (borrowed from u), or NULL when
 * neither names one commune (or u is NULL). */
const char *lr_decision_place(const json_t *decision, const lr_units *u);

/* Place owner p in the time of its decision, dated date ("yyyy-mm-dd";
 * NULL or malformed: unknown): the decision's date, and when the decision
 * is from before July 2025, the current communes its commune became
 * according to units' commune map (units may be NULL: no history). */
void lr_owner_in_decision(lr_person *p, const lr_units *units,
    const char *date);

#endif
