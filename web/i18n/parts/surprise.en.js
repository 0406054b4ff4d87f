// English texts of the surprise panel (merged into ../en.js when done).
export default {};
