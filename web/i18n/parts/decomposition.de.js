// German texts of the decomposition panel (merged into ../de.js when done).
export default {};
