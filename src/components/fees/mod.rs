//! The fee calculator's parts (issue 6). The fee engine (`dalil-fees`)
//! validates the answers and computes every figure; these components only
//! ask the questions and show its verdict. The pure mapping is in
//! `crate::present::fees`.

pub mod breakdown;
pub mod calculator;
pub mod clock;
pub mod digits;
pub mod field;
pub mod share;
pub mod version;
pub mod widgets;
