package dk.ressourceplan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Term documents that are wrong in the ways input goes wrong, from a seeded {@link Random} so that a failure can be
 * reproduced: valid terms mutated as a tree (fields missing, values of the wrong type, huge numbers, odd Unicode,
 * ids repeated, lists too long, values from elsewhere in the document), the same terms broken as bytes (cut off,
 * bytes flipped, another encoding, nested too deep), and JSON that is no term at all.
 */
final class TermFuzzer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ODD_TEXT = List.of("", " ", "\u202Eevil\u202C", "👩‍👩‍👧‍👦", "\u0000", "\uFEFF", "𝕊𝕔𝕙𝕠𝕠𝕝", "e\u0301\u0301\u0301", "Søndre Skole æøå ÆØÅ", "ﷺ", "\t\n\r",
            "<script>alert(1)</script>", "'; DROP TABLE plans; --", "08:00", "24:00", "25:61", "8:0", "2027-02-30",
            "2027-W54", "0000-00-00", "MONDAY", "monday", "SUNDAY", "AB", "C", "red", "purple", "co-teaching",
            "psychologist", "1e999", "NaN", "-0", "null", "true", "s01", "ppr-01");
    private static final List<Number> ODD_NUMBERS = List.of(0, -1, 1, 0.5, -0.0, 48.0000001, 1e308, -1e308,
            Double.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, 3.0, 1e-320);

    private final Random random;
    private final List<ObjectNode> valid = new ArrayList<>();

    TermFuzzer(long seed) {
        this.random = new Random(seed);
        for (long municipality = 1; municipality <= 3; municipality++) {
            valid.add(Json.mapper().valueToTree(SyntheticMunicipality.generate(1, municipality)));
        }
        valid.add(Json.mapper().valueToTree(SyntheticMunicipality.generate(2, 4)));
    }

    /** The next document to try, with a few words on how it was made. */
    Document next() {
        int kind = random.nextInt(100);
        if (kind < 60) {
            ObjectNode term = valid.get(random.nextInt(valid.size())).deepCopy();
            StringBuilder how = new StringBuilder("tree:");
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                how.append(' ').append(mutate(term));
            }
            return new Document(how.toString(), bytes(term));
        }
        if (kind < 85) {
            return broken(bytes(valid.get(random.nextInt(valid.size()))));
        }
        return new Document("random JSON", bytes(randomValue(4)));
    }

    record Document(String how, byte[] bytes) {
    }

    private String mutate(ObjectNode term) {
        List<Place> places = new ArrayList<>();
        collect(term, "$", places);
        Place place = places.get(random.nextInt(places.size()));
        JsonNode container = place.container();
        switch (random.nextInt(7)) {
            case 0 -> {
                remove(container, place.key());
                return "remove " + place.path();
            }
            case 1 -> {
                set(container, place.key(), oddValue());
                return "odd value at " + place.path();
            }
            case 2 -> {
                Place other = places.get(random.nextInt(places.size()));
                set(container, place.key(), value(other).deepCopy());
                return "value of " + other.path() + " at " + place.path();
            }
            case 3 -> {
                if (value(place) instanceof ArrayNode list && !list.isEmpty()) {
                    int times = random.nextInt(10) == 0 ? 600 : 1 + random.nextInt(3);
                    JsonNode item = list.get(random.nextInt(list.size()));
                    for (int i = 0; i < times; i++) {
                        list.add(item.deepCopy());
                    }
                    return "repeat an item of " + place.path() + " " + times + " times";
                }
                set(container, place.key(), NODES.arrayNode());
                return "empty list at " + place.path();
            }
            case 4 -> {
                set(container, place.key(), deep(1 + random.nextInt(150)));
                return "deep nesting at " + place.path();
            }
            case 5 -> {
                if (value(place) instanceof ObjectNode object) {
                    object.set("unknown" + random.nextInt(100), oddValue());
                    return "unknown field in " + place.path();
                }
                set(container, place.key(), NODES.textNode("x".repeat(1 + random.nextInt(5000))));
                return "long text at " + place.path();
            }
            default -> {
                set(container, place.key(), NODES.nullNode());
                return "null at " + place.path();
            }
        }
    }

    private Document broken(byte[] json) {
        switch (random.nextInt(9)) {
            case 7 -> {
                // A lone surrogate can only be written escaped; Jackson will not write one from a tree.
                String text = new String(json, StandardCharsets.UTF_8).replaceFirst("\"name\":\"", "\"name\":\"\\\\ud800");
                return new Document("a lone surrogate", text.getBytes(StandardCharsets.UTF_8));
            }
            case 0 -> {
                return new Document("cut off", Arrays.copyOf(json, random.nextInt(json.length)));
            }
            case 1 -> {
                byte[] flipped = json.clone();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return new Document("bytes flipped", flipped);
            }
            case 2 -> {
                String text = new String(json, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length());
                String inserted = List.of(",", "}", "]", "{", "[", ":", "\"", "\\", "\\u12", "//", "/*").get(random.nextInt(11));
                return new Document("inserted " + inserted, (text.substring(0, at) + inserted + text.substring(at))
                        .getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                int depth = 50 + random.nextInt(5000);
                return new Document("nested " + depth + " deep", ("[".repeat(depth) + "]".repeat(depth))
                        .getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                return new Document("in UTF-16", new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
            }
            case 5 -> {
                String text = new String(json, StandardCharsets.UTF_8).replaceFirst("\\{\"id\":", "{\"id\":\"twice\",\"id\":");
                return new Document("a key twice", text.getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                return new Document("noise", noise);
            }
            default -> {
                String number = "9".repeat(1 + random.nextInt(2000));
                return new Document("a huge number literal", new String(json, StandardCharsets.UTF_8)
                        .replaceFirst("\"hoursPerWeek\":[0-9.]+", "\"hoursPerWeek\":" + number)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private JsonNode oddValue() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size())));
            case 1 -> number(ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())));
            case 2 -> NODES.numberNode(new BigInteger("1" + "0".repeat(1 + random.nextInt(400))));
            case 3 -> NODES.numberNode(new BigDecimal("1e" + (random.nextBoolean() ? "" : "-") + random.nextInt(1000)));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            default -> randomValue(2);
        };
    }

    private JsonNode randomValue(int depth) {
        int kind = depth == 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> NODES.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size())));
            case 1 -> number(ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> {
                ArrayNode list = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(depth - 1));
                }
                yield list;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                List<String> keys = List.of("term", "schools", "classes", "staff", "demands", "id", "name", "x");
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(keys.get(random.nextInt(keys.size())), randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    private static JsonNode number(Number number) {
        if (number instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (number instanceof Long l) {
            return NODES.numberNode(l);
        }
        return NODES.numberNode(number.doubleValue());
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("id", node);
        }
        return node;
    }

    /** A place in the tree: a field of an object or an item of a list. */
    private record Place(JsonNode container, Object key, String path) {
    }

    private static void collect(JsonNode node, String path, List<Place> places) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPath = path + "." + field.getKey();
                places.add(new Place(object, field.getKey(), childPath));
                collect(field.getValue(), childPath, places);
            }
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                String childPath = path + "[" + i + "]";
                places.add(new Place(list, i, childPath));
                collect(list.get(i), childPath, places);
            }
        }
    }

    private static JsonNode value(Place place) {
        return place.container() instanceof ObjectNode object ? object.get((String) place.key())
                : place.container().get((Integer) place.key());
    }

    private static void set(JsonNode container, Object key, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set((String) key, value);
        } else {
            ((ArrayNode) container).set((Integer) key, value);
        }
    }

    private static void remove(JsonNode container, Object key) {
        if (container instanceof ObjectNode object) {
            object.remove((String) key);
        } else {
            ((ArrayNode) container).remove((Integer) key);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Json.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
