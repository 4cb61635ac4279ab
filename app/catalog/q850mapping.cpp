#include "catalog/q850mapping.h"

#include <iterator>

namespace sipref {

int q850CauseForSipCode(int code)
{
    // RFC 3398 §8.2.6.1, "Response received" → "Cause value in the REL".
    static const struct
    {
        int sip;
        int cause;
    } table[] = {
        {400, 41}, {401, 21}, {402, 21}, {403, 21},  {404, 1},   {405, 63},  {406, 79},  {407, 21},
        {408, 102}, {410, 22}, {413, 127}, {414, 127}, {415, 79}, {416, 127}, {420, 127}, {421, 127},
        {423, 127}, {480, 18}, {481, 41},  {482, 25},  {483, 25}, {484, 28},  {485, 1},   {486, 17},
        {500, 41}, {501, 79}, {502, 38},  {503, 41},  {504, 102}, {505, 127}, {513, 127}, {600, 17},
        {603, 21}, {604, 1},
    };
    for (const auto &row : table) {
        if (row.sip == code)
            return row.cause;
    }
    return 0;
}

} // namespace sipref
