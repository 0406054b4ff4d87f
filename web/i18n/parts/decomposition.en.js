// English texts of the decomposition panel (merged into ../en.js when done).
export default {};
