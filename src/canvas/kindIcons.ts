/** An icon per touchpoint kind, so kinds differ by shape and text, not by colour. */
import {
  ClipboardList, ConciergeBell, CircleQuestionMark, CreditCard, DoorOpen, FlaskConical, HandCoins, Handshake,
  Hourglass, IdCard, Landmark, Lightbulb, Lock, Mail, Megaphone, MessageSquareDot, PenLine, PhoneCall, Smartphone,
  type LucideIcon,
} from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  'marketing-outreach': Megaphone,
  'branch-consultation': Landmark,
  'account-opening-kyc': IdCard,
  'personal-data-collection': Lock,
  'risk-assessment': ClipboardList,
  'product-recommendation': Lightbulb,
  'contract-signing': PenLine,
  'payment-fees': CreditCard,
  'cooling-off': Hourglass,
  'policy-delivery-return-visit': Mail,
  'after-sale-service': ConciergeBell,
  'claims-redemption': HandCoins,
  'surrender-closure': DoorOpen,
  'loan-servicing-collection': PhoneCall,
  'complaint-handling': MessageSquareDot,
  'third-party-channel': Handshake,
  'digital-self-service': Smartphone,
  'product-design-launch': FlaskConical,
};

export function kindIcon(kind: string | null): LucideIcon {
  return (kind && ICONS[kind]) || CircleQuestionMark;
}
