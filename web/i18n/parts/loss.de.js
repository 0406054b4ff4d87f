// German texts of the loss panel (merged into ../de.js when done).
export default {};
