// English texts of the loss panel (merged into ../en.js when done).
export default {};
