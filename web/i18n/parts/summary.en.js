// English texts of the summary panel (merged into ../en.js when done).
export default {};
