// English texts of the trust panel (merged into ../en.js when done).
export default {};
