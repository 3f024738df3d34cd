//! One sort for every list the app orders by its text (names; centres by governorate, then
//! name). Each `sort_by` of its own compiles the standard library's sort again for its type,
//! about 5 KB of wasm each; here a single sort of positions serves every caller.

/// Sorts `items` stably by `key`: its first word, then its second, in byte order.
pub fn sort_by_text<T>(items: &mut Vec<T>, key: impl Fn(&T) -> [&str; 2]) {
    let order = {
        let keys: Vec<[&str; 2]> = items.iter().map(&key).collect();
        sorted_positions(&keys)
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions of `keys` in sorted order, equal keys in their first order.
fn sorted_positions(keys: &[[&str; 2]]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_first_word_then_the_second_and_keeps_ties_in_order() {
        let mut items = vec![
            ("b", "x", 1),
            ("a", "y", 2),
            ("b", "a", 3),
            ("a", "y", 4),
            ("", "z", 5),
        ];
        sort_by_text(&mut items, |i| [i.0, i.1]);
        let order: Vec<i32> = items.iter().map(|i| i.2).collect();
        assert_eq!(order, [5, 2, 4, 3, 1]);
    }

    #[test]
    fn arabic_names_sort_as_the_standard_sort_does() {
        let names = ["وزارة", "أحوال", "جواز", "إخراج", "Passport", "", "بطاقة"];
        let mut ours: Vec<&str> = names.to_vec();
        sort_by_text(&mut ours, |n| ["", n]);
        let mut standard = names.to_vec();
        standard.sort();
        assert_eq!(ours, standard);
        let mut none: Vec<&str> = Vec::new();
        sort_by_text(&mut none, |n| ["", n]);
        assert!(none.is_empty());
    }
}
