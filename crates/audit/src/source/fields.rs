//! The field names a record type accepts, read from its serde definition,
//! so the "move it above the first [table]" hint never goes stale when the
//! model gains a field.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;

/// The fields of a struct deserialised by `T`, or none if `T` is not a struct.
pub fn struct_fields<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut probe = Probe { fields: &[] };
    // The probe always fails after noting the fields: the error is expected.
    let _ = T::deserialize(&mut probe);
    probe.fields
}

struct Probe {
    fields: &'static [&'static str],
}

#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field probe")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Stop {
        Stop
    }
}

impl<'de> Deserializer<'de> for &mut Probe {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        self.fields = fields;
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_service_fields() {
        let fields = super::struct_fields::<dalil_model::Service>();
        assert!(fields.contains(&"related"));
        assert!(fields.contains(&"verified"));
        assert!(super::struct_fields::<String>().is_empty());
    }
}
