package org.msb.model.logs;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filter-pattern grammar and semantics as the CloudWatch Logs user guide (FilterAndPatternSyntax) documents them. */
class LogFilterPatternTest {
    /** The user guide's own example event. */
    static final JsonObject GUIDE = json("""
            {"eventType": "UpdateTrail", "sourceIPAddress": "111.111.111.111", "arrayKey": ["value", "another value"],
             "objectList": [{"name": "a", "id": 1}, {"name": "b", "id": 2}], "SomeObject": null, "ThisFlag": true,
             "latency": 1200, "recipientAccountId": "111122223333"}""");

    static JsonObject json(String s) { return JsonParser.parseString(s).getAsJsonObject(); }

    static boolean matches(String pattern, JsonObject event) { return LogFilterPattern.parse(pattern).matches(event); }

    @Test
    void matches_whenGuideExamples_behaveAsDocumented() {
        assertTrue(matches("{ $.eventType = \"UpdateTrail\" }", GUIDE));
        assertTrue(matches("{ $.sourceIPAddress != 123.123.* }", GUIDE));
        assertTrue(matches("{ $.arrayKey[0] = \"value\" }", GUIDE));
        assertTrue(matches("{ $.objectList[1].id = 2 }", GUIDE));
        assertTrue(matches("{ $.SomeObject IS NULL }", GUIDE));
        assertTrue(matches("{ $.SomeOtherObject NOT EXISTS }", GUIDE));
        assertTrue(matches("{ $.ThisFlag IS TRUE }", GUIDE));
        assertFalse(matches("{ $.ThisFlag IS FALSE }", GUIDE));
        assertFalse(matches("{ $.SomeObject NOT EXISTS }", GUIDE), "a property set to null exists");
        assertFalse(matches("{ $.objectList[5].id = 2 }", GUIDE), "past the end of the array");
    }

    @Test
    void matches_whenSelectorPointsAtArrayOrObject_neitherEqualsNorNotEquals() {
        assertFalse(matches("{ $.arrayKey = value }", GUIDE));
        assertFalse(matches("{ $.arrayKey != value }", GUIDE));
        assertFalse(matches("{ $.objectList[0] != x }", GUIDE));
    }

    @Test
    void matches_whenPropertyMissing_notEqualsIsFalseToo() {
        assertFalse(matches("{ $.errorCode != \"AccessDenied\" }", GUIDE));
    }

    @Test
    void matches_whenWildcards_onlyLeadingAndTrailingAsteriskAreWildcards() {
        assertTrue(matches("{ $.eventType = Update* }", GUIDE));
        assertTrue(matches("{ $.eventType = *Trail }", GUIDE));
        assertTrue(matches("{ $.eventType = *date* }", GUIDE));
        assertTrue(matches("{ $.eventType = * }", GUIDE));
        assertFalse(matches("{ $.eventType = Up*Trail }", GUIDE), "an inner asterisk is literal");
        assertTrue(matches("{ $.weird = Up*Trail }", json("{\"weird\": \"Up*Trail\"}")));
    }

    @Test
    void matches_whenNumbers_comparesNumerically() {
        assertTrue(matches("{ $.latency >= 1000 }", GUIDE));
        assertTrue(matches("{ $.latency > +1.1e3 }", GUIDE));
        assertFalse(matches("{ $.latency < 1200 }", GUIDE));
        assertTrue(matches("{ $.latency = 1200.0 }", GUIDE));
        assertTrue(matches("{ $.recipientAccountId = 111122223333 }", GUIDE), "CloudTrail writes account ids as strings");
        assertFalse(matches("{ $.eventType > 3 }", GUIDE), "text is not a number");
    }

    @Test
    void matches_whenCompound_followsPrecedenceParenthesesAndThenOr() {
        JsonObject e = json("""
                {"user": {"id": 1, "email": "John.Stiles@example.com"},
                 "users": [{"id": 2, "email": "John.Doe@example.com"}, {"id": 3, "email": "Jane.Doe@example.com"}],
                 "actions": ["GET", "PUT", "DELETE"], "coordinates": [[0, 1, 2], [4, 5, 6], [7, 8, 9]]}""");
        assertTrue(matches("{ ($.user.id = 1) && ($.users[0].email = \"John.Doe@example.com\") }", e));
        assertFalse(matches("{ ($.user.id = 2 && $.users[0].email = \"nonmatch\") || $.actions[2] = \"GET\" }", e));
        assertTrue(matches("{ $.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = nonmatch && $.actions[2] = nomatch }", e));
        assertFalse(matches("{ ($.user.email = \"John.Stiles@example.com\" || $.coordinates[0][1] = nonmatch) && $.actions[2] = nomatch }", e));
        assertTrue(matches("{ $.coordinates[1][2] = 6 }", e));
    }

    @Test
    void matches_whenRegexValue_findsItInTheValue() {
        assertTrue(matches("{ $.eventType = %Update[A-Z][a-z]+% }", GUIDE));
        assertFalse(matches("{ $.eventType = %^Trail% }", GUIDE));
    }

    @Test
    void matches_whenTermPatterns_testTheEventText() {
        JsonObject login = json("{\"eventName\": \"ConsoleLogin\", \"errorMessage\": \"Failed authentication\"}");
        assertTrue(matches("ConsoleLogin", login));
        assertTrue(matches("\"Failed authentication\"", login));
        assertTrue(matches("ConsoleLogin \"Failed authentication\"", login));
        assertFalse(matches("ConsoleLogin Success", login));
        assertTrue(matches("?Success ?Failed", login));
        assertFalse(matches("?Success ?Denied", login));
        assertFalse(matches("ConsoleLogin - \"Failed\"", login));
        assertFalse(matches("ConsoleLogin -Failed", login));
        assertFalse(matches("consolelogin", login), "case-sensitive");
        assertTrue(matches("%Console[A-Z]ogin%", login));
    }

    @Test
    void matches_whenEmpty_matchesEverything() {
        assertTrue(matches("", GUIDE));
        assertTrue(matches("  ", GUIDE));
        assertTrue(matches("\"\"", GUIDE));
    }

    @Test
    void parse_whenCisPatternWithoutBlanks_readsLikeTheSpacedOne() {
        String tight = "{($.eventName=CreateTrail)||($.eventName=UpdateTrail)||($.eventName=DeleteTrail)}";
        String spaced = "{ ( $.eventName = \"CreateTrail\" ) || ( $.eventName = \"UpdateTrail\" ) || ( $.eventName = \"DeleteTrail\" ) }";
        JsonObject e = json("{\"eventName\": \"DeleteTrail\"}");
        assertTrue(matches(tight, e));
        assertTrue(matches(spaced, e));
        assertFalse(matches(tight, json("{\"eventName\": \"StartLogging\"}")));
    }

    @Test
    void parse_whenInvalid_saysWhatAndWhere() {
        assertEquals("filter pattern { $.a = b: expected '}' at position 10",
                assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ $.a = b")).getMessage());
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ $.a b }")).getMessage()
                .contains("expected =, !=, <, >, <=, >=, IS or NOT EXISTS"));
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ $.a > x }")).getMessage()
                .contains("needs a number"));
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ a = b }")).getMessage()
                .contains("expected a selector"));
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ $.a..b = c }")).getMessage()
                .contains("selector \"$.a..b\""));
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("[ip, user, status=4*]")).getMessage()
                .contains("space-delimited"));
        assertTrue(assertThrows(LogFilterPatternException.class, () -> LogFilterPattern.parse("{ $.a = %(x% }")).getMessage()
                .contains("regular expression"));
    }
}
