// English texts of the extremes panel (merged into ../en.js when done).
export default {};
