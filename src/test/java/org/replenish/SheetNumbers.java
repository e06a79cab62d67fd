package org.replenish;

/**
 * Numbers typed in from the domain reference sheet, for hand-worked expectations that must not come from the
 * service's own data: section 6 atomic weights (IUPAC 2013) and the exact unit definitions.
 */
public final class SheetNumbers {

    public static final double NA = 22.98976928;
    public static final double K = 39.0983;
    public static final double MG = 24.305;
    public static final double CL = 35.45;
    /** Section 6: phosphorus counted as the element, "express as mmol P". */
    public static final double P = 30.973761998;
    public static final double ML_PER_US_FL_OZ = 29.5735295625;

    private SheetNumbers() {
    }
}
