package dk.ressourceplan.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the plan per key (a session's seat, an uncovered seat) as parts of the term, written back with
 * {@code from} and {@code to} where they do not reach the term's edges; parts that are the same on adjacent
 * dates become one again, so what a rerun did not change reads as it did before.
 */
final class Timeline<T> {

    /** How a dated item of the plan is bounded to a part of the term; null is the term's edge. */
    interface Dating<T> {
        T during(T item, LocalDate from, LocalDate to);
    }

    private record Part<T>(T undated, LocalDate first, LocalDate last) {
    }

    private final Map<String, List<Part<T>>> parts = new LinkedHashMap<>();
    private final Dating<T> dating;
    private final LocalDate firstDate;
    private final LocalDate lastDate;

    Timeline(Dating<T> dating, LocalDate firstDate, LocalDate lastDate) {
        this.dating = dating;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    void add(String key, T item, LocalDate first, LocalDate last) {
        parts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Part<>(dating.during(item, null, null), first, last));
    }

    /** The part of a published item before the effective date, if it has one. */
    void addBefore(String key, T item, LocalDate from, LocalDate to, LocalDate effective) {
        LocalDate first = from == null ? firstDate : from;
        LocalDate last = to == null ? lastDate : to;
        if (first.isBefore(effective)) {
            add(key, item, first, last.isBefore(effective) ? last : effective.minusDays(1));
        }
    }

    List<T> items() {
        List<T> items = new ArrayList<>();
        for (List<Part<T>> ofKey : parts.values()) {
            List<Part<T>> inOrder = ofKey.stream().sorted(Comparator.comparing(Part::first)).toList();
            Part<T> open = inOrder.get(0);
            for (Part<T> part : inOrder.subList(1, inOrder.size())) {
                if (open.undated().equals(part.undated()) && open.last().plusDays(1).equals(part.first())) {
                    open = new Part<>(open.undated(), open.first(), part.last());
                } else {
                    items.add(written(open));
                    open = part;
                }
            }
            items.add(written(open));
        }
        return items;
    }

    private T written(Part<T> part) {
        return dating.during(part.undated(), part.first().isAfter(firstDate) ? part.first() : null,
                part.last().isBefore(lastDate) ? part.last() : null);
    }
}
