// English texts of the fits panel (merged into ../en.js when done).
export default {};
