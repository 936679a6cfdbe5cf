# blind40 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Hollis <m.hollis@fastmail.example>",
         to="support@warmwell-appliances.example",
         subject="Oil-filled radiator OH-2200 - plug and socket",
         body="""\
Hello,

I bought your oil-filled radiator (OH-2200) in October and it has been on in
my mother's bedroom most evenings since. Last night she noticed a smell like
hot plastic. When I went to unplug it the plug was too hot to hold, and the
wall socket has gone brown and partly melted around the pins. The paint above
it is scorched as well.

It is unplugged now and out in the garage. My mother is 87 and sleeps with it
on, so I hate to think what would have happened if she hadn't woken up.

Nothing else was plugged into that socket. Could you tell me what I should do
with the radiator and whether anyone else has reported this? I have the
receipt and photos.

Margaret Hollis
14 Alder Close, Kettering"""),

    dict(n=2, signals="safety", priority="critical", trap="forward", qt=0, reply=0,
         frm="Tom Reyes <tom.reyes@mailbox.example>",
         to="help@freshcrate.example",
         subject="Fwd: Nut-free box",
         body="""\
Hi, forwarding what my wife sent you on Tuesday night. Nobody has replied and
I want to be sure someone actually reads it.

Tom Reyes
07700 900412

---------- Forwarded message ---------
From: Ana Reyes <ana.reyes@mailbox.example>
Date: Tue, 1 Dec 2026 at 21:40
Subject: Nut-free box
To: <help@freshcrate.example>

Our account has "nut-free" ticked because our daughter Lily (6) is allergic
to peanuts. Tonight's box had the chicken satay kit and the recipe card said
nut-free, so I cooked it exactly as written.

Ten minutes after eating her lips and eyes swelled up and she was struggling
to breathe. We used her EpiPen and the ambulance took her to A&E. She is home
now and okay.

The sauce sachet, when I finally read it, lists peanuts as the first
ingredient. I've kept the packaging. How did a satay kit end up in a nut-free
box?

Ana"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Natarajan <priya.n@inbox.example>",
         to="support@northgatebank.example",
         subject="Payments on my debit card that I didn't make",
         body="""\
Hello,

I've just opened the app and there are seven payments on my debit card from
last night that I didn't make, all between 02:10 and 02:35, to something called
"LUCKYSPIN*EU", £150 each. That's £1,050 gone and the account is nearly empty.
I was asleep and the card is in my purse, I've checked.

I've frozen the card in the app. What else do I need to do and how do I get the
money back? My rent goes out on the 15th.

Current account ending 4471.

Priya Natarajan"""),

    dict(n=4, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daniel Ogunleye <dan.ogunleye@homemail.example>",
         to="support@cobaltforge-games.example",
         subject="cant get into my sons account",
         body="""\
Hi

Someone signed into my son's account (Zeno_Blaze11) last night from somewhere
else. This morning the email on it has been changed to one we don't know and
his password doesn't work anymore so we can't get in at all. His friends say
"he" has been sending them links and giving away all his skins.

The account is linked to my PayPal. Please lock it before anything gets bought.

Daniel Ogunleye

Sent from my iPhone"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kevin Marsh <k.marsh@brightlane-logistics.example>",
         to="support@stockpilot.example",
         subject="URGENT - scanners stuck on Syncing, Leicester DC",
         body="""\
Hi team,

Since about 06:30 none of the handheld scanners at our Leicester site get past
the "Syncing..." screen. Pick lists aren't reaching the floor and nothing we
scan is being confirmed. The office screens show the last update at 06:24.

I've got 42 pickers on shift standing around and three trailers for the
supermarket run that have to leave by 14:00. If they miss the slot we get
fined by the customer.

We've restarted the access points and two of the scanners, no change. Please
call me on 0116 496 0731 as soon as someone picks this up.

Kevin Marsh
Shift Manager, Brightlane Logistics - Leicester DC"""),

    dict(n=6, signals="outage", priority="critical", trap="disclaimer", qt=0, reply=0,
         frm="Sophie Laurent-Baker <frontoffice@harbourview-hotel.example>",
         to="support@keystay-pms.example",
         subject="Front desk cannot open reservations - Harbourview Hotel, account HV-2290",
         body="""\
Good afternoon,

Since 13:00 today our front desk cannot open any reservation in KeyStay. Every
booking we click returns "Error 503 - please try again later", and the key card
encoder, which reads from the same system, will not cut keys.

We have 64 arrivals this afternoon, including a coach party of 38 due at 16:00.
At the moment we are writing room numbers on paper and walking guests up with
a master key, which we cannot keep doing for long.

Please let me know an estimated time. The duty manager can be reached on
01632 960118.

Kind regards,

Sophie Laurent-Baker
Front Office Manager
Harbourview Hotel & Spa | 2 Quay Street | Falmouth TR11 3XX
T: 01632 960100 | www.harbourview-hotel.example

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it. Harbourview Hotels Ltd, registered in England and Wales
no. 04812263. Registered office as above."""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Gemma Clarke <gemma@crumbandcrust.example>",
         to="help@tapnpay.example",
         subject="card machine",
         body="""\
Hi, card reader says "declined - contact provider" for every single card since we opened at 7. Cash only now and half my customers don't carry any. Just me and one girl in the shop today. Can someone ring me 07700 900286

Gemma, Crumb & Crust bakery, merchant ID 55810394

Sent from my phone"""),

    dict(n=8, signals="outage", priority="high", trap="non-native", qt=0, reply=0,
         frm="Marek Kowalczyk <marek.kowalczyk@postbox.example>",
         to="support@skylinebroadband.example",
         subject="No internet since saturday",
         body="""\
Hello,

I have no internet since saturday evening. The router have red light on
"Internet" and all other lights are green. I did restart it many times and
also the reset with the needle like in your guide, nothing change. My
neighbour has other company and his internet is fine.

I work from home and now I must go every day to my friend for working, this
is not possible for long time. Please can you send technician or tell me what
I must do. My customer number is 30018847.

Thank you,
Marek Kowalczyk
Flat 3, 27 Mill Road, Cambridge"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Hannah Brooks <hannahbrooks@webmail.example>",
         to="members@pulsefitness.example",
         subject="Booking classes in the app",
         body="""\
Hi,

For about a week the app shows me the timetable fine, but when I tap "Book"
on any class it just spins and then says "Something went wrong". Everything
else is fine - the QR code still gets me through the door.

The girls on the front desk have been booking me in by hand, which is kind of
them, but spin classes fill up within minutes so I keep missing out. Any idea
when it'll be sorted?

Thanks,
Hannah (member no. 118204)"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Robert Kaye <rkaye@lineone.example>",
         to="billing@brightwatt-energy.example",
         subject="Question about my December bill",
         body="""\
Hello,

Just a quick question about my latest bill (account 8820-1147). The
electricity section has an "E" next to the closing reading but the gas one
doesn't. Does that mean you estimated it? I'm happy to send a reading if that
helps.

Also, is there a way to get the usage graph back on the first page of the
bill? It used to be there and I found it handy.

Many thanks,
Robert Kaye"""),

    dict(n=11, signals="payment", priority="medium", trap="ticket-reply", qt=0, reply=1,
         frm="Chloe Whitman <chloe.whitman@mailbox.example>",
         to="customercare@aerolumen.example",
         subject="Re: Your refund request [Case 0048812]",
         body="""\
Hello,

It's now seven weeks since your email below and the refund still hasn't
reached my card. Could you check where it is? Flight AL218 London-Lisbon on
10 October was cancelled by you and I didn't rebook.

Amount: £312.40, paid with Visa ending 9023.

Chloe Whitman

On Wed, 14 Oct 2026 at 16:02, AeroLumen Customer Care <customercare@aerolumen.example> wrote:
> Dear Ms Whitman,
> Thank you for contacting us. We confirm that your refund of GBP 312.40
> for booking reference QXH7TL has been approved and will be returned to
> the original form of payment within 7-10 working days.
> Kind regards,
> Marta, AeroLumen Customer Care"""),

    dict(n=12, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Liam Fitzgerald <liam.fitz@inbox.example>",
         to="orders@oakandthread.example",
         subject="Order #OT-558213 - a few things",
         body="""\
Hi there,

A few things about my order #OT-558213 (two wool throws):

- The tracking link in the dispatch email goes to a blank page, but the
  parcel turned up on Friday anyway, so no worries there.
- One of the throws is more mustard than the "ochre" in the photos. I'll keep
  it, just thought you'd want to know.
- My bank statement shows the order taken twice: two payments of £84.99 on
  24 November, both to OAK AND THREAD LTD. I only ordered once and only got
  one confirmation email.

Could you refund the second payment please?

Cheers,
Liam Fitzgerald"""),

    dict(n=13, signals="payment", priority="high", trap="payroll", qt=0, reply=0,
         frm="Aisha Rahman <accounts@willowbankvets.example>",
         to="merchants@clearpay-processing.example",
         subject="Settlements missing since 30 November - Willowbank Vets",
         body="""\
Hello,

We have not had a settlement into our business account since 30 November.
The dashboard shows each day's card takings as "Pending" with no payout date,
although the terminals themselves are taking payments normally. That is
roughly £23,600 we can't get at.

We pay our nine staff this Friday, the 11th, and our drug wholesaler the same
week. Without those funds we will be short on payroll. Please can someone tell
me today why the payouts are being held and when they will be released.
Merchant ID WB-44107.

Aisha Rahman
Practice Owner, Willowbank Veterinary Clinic
01632 960455"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Graham Pettit <graham.pettit@oldmail.example>",
         to="myaccount@shieldline-insurance.example",
         subject="Changing the email I log in with",
         body="""\
Good morning,

I'm leaving my old email provider at the end of the month. How do I change the
email address I use to log in to my online account? Under "My details" I can
only see an option for the postal address.

My car policy number is SLM-2207741 if you need it.

Regards,
Graham Pettit"""),

    dict(n=15, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Jess Morgan <jessmorgan@webmail.example>",
         to="help@gigstub.example",
         subject="Locked out - tickets for January",
         body="""\
Hey,

I tried logging in last night to look at my tickets and got the password wrong
a few times, and now it says my account is locked "for security reasons" and
to contact you. The reset link says it's been sent but nothing ever arrives
(checked spam too).

The tickets are for Harbour Lights at the Apollo on 23 January so no panic,
but I'd like them in my wallet before then. Account email is this one.

Thanks!
Jess"""),

    dict(n=16, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Paul Ansell <p.ansell@stmarksprimary.example>",
         to="support@classroomhub.example",
         subject="RE: Staff leaver - Ticket #20931",
         body="""\
Hi Nadia,

Answers below each of your questions.

Paul

Paul Ansell | School Business Manager | St Mark's C of E Primary

-----Original Message-----
From: ClassroomHub Support <support@classroomhub.example>
Sent: 04 December 2026 10:15
Subject: Staff leaver - Ticket #20931

> 1. What is the name and login of the staff member who has left?
Mrs Karen Doyle, k.doyle@stmarksprimary.example. Her last day was 27 November.
> 2. Should her account be suspended or deleted?
Suspended please. She could still log in yesterday, which is why I'm chasing.
> 3. Who should her classes and marking be transferred to?
Miss Leah Patel (l.patel@stmarksprimary.example), who has taken over Year 4.
> 4. Are you an administrator on the school account?
Yes, but the "Remove staff" button is greyed out for me.
> Thanks, Nadia"""),

    dict(n=17, signals="account", priority="high", trap="2fa", qt=0, reply=0,
         frm="Steve Barker <steve@barkersmotors.example>",
         to="trade-support@partsdirect.example",
         subject="Can't log in - codes going to old phone - need to order today",
         body="""\
Hello,

Our trade account (BARK0192) wants a code by text when we log in, and it goes
to my dad's old mobile. He's retired, he's away in Spain and that phone is
switched off, so nobody here can get in to order anything.

I've got three cars up on the ramps waiting on brake parts and the customers
are collecting this afternoon. Can you change the number to my mobile
07700 900731 or get us in some other way today? Happy to answer security
questions, I'm listed as a director on the account.

Steve Barker
Barker's Motors, Unit 4 Canal Works, Stoke"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Ellie Hart <ellie.hart@mailbox.example>",
         to="hello@emberandoak-events.example",
         subject="THANK YOU!!",
         body="""\
Hi Rosie and team,

We're back from honeymoon and still can't stop talking about the wedding. The
hog roast was an absolute killer - my uncle went back four times and says he's
dead to supermarket sausages now. The firepit bar was on fire all night, and
when the sparklers set off the smoke alarm in the barn your lads had it reset
before most people even noticed.

The DJ brought the house down, my face still hurts from smiling and we're both
completely knackered. Honestly the best day of our lives.

We'll leave you a review and tell everyone we know.

Ellie & Jamal x"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@homemail.example>",
         to="sales@safehome-alarms.example",
         subject="Question before ordering - linked smoke alarms",
         body="""\
Hi,

I'm about to order the 6-pack of your interlinked smoke and heat alarms for
our house. A couple of questions first:

1. When I burn the toast and the kitchen one goes off, do all six go off, or
   can I set the kitchen one to heat-only?
2. Do they pick up carbon monoxide as well, or do I need a separate CO alarm
   next to the boiler?
3. If the app won't play nicely with our Google Home, can I send them back
   for a full refund or is it store credit only?

Thanks,
Owen"""),

    dict(n=20, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Natalie Greene <nat.greene@webmail.example>",
         to="deliveries@hearthandhome-furniture.example",
         subject="Rearranging my sofa delivery (order HH-73310)",
         body="""\
Hello,

Sorry to mess you around. My sofa is booked for tomorrow, Thursday 10th,
between 8 and 12, but I'm stuck in hospital for a few more days after a
skiing accident (broken leg, entirely my own fault!) and my husband's car
broke down on the M6 yesterday, so there's nobody to let your drivers in.

Could we move it to any day in the week of the 21st? Any time slot is fine.

Thanks, and sorry again,
Natalie Greene"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Rhys Pugh <rhys@penllynfarm.example>",
         to="members@cambrian-agri-coop.example",
         subject="Password for the grant spreadsheet",
         body="""\
Hi Sian,

The slurry store grant spreadsheet you sent round on Monday is password
protected - the "Costs" tab is locked and greyed out, so I can't put any of
our figures in. It asks for a password as soon as I try to type. Is there one
we're meant to use, or did it get locked by accident?

Deadline's the end of January so no rush, whenever you get a minute.

Diolch,
Rhys Pugh
Penllyn Farm"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sandra Lowe <sandra.lowe@inbox.example>",
         to="support@vistastream.example",
         subject="Re: App crashing on TV - Ticket 771204",
         body="""\
Hi Ben,

That did it - deleted the app, reinstalled it and it's been fine all week.
Thank you!

One more thing while I have you: can I download films on both my phone and my
daughter's tablet, or is that only on the Premium plan?

Sandra

On Fri, 4 Dec 2026 at 19:22, Ben (VistaStream Support) <support@vistastream.example> wrote:
> Hi Sandra,
> Sorry to hear the VistaStream app crashes straight back to the home screen
> on your Samsung TV and you can't watch anything at all. There is a known
> issue with the latest update on some 2019 models. Please delete the app,
> restart the TV and install it again from the Samsung app store.
> Ben"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Callum Reid <callum.reid@mailbox.example>",
         to="lettings@parkside-estates.example",
         subject="Re: Re: Deposit return - 12B Elm Street - THIRD EMAIL",
         body="""\
This is the third time I've written about this and I still haven't had a
single reply.

I moved out of 12B Elm Street on 31 October. The check-out report was clean,
the landlord signed it off and the £1,150 deposit should have been back within
10 days. It's now December. I need that money for the deposit on my new flat
and I'm running out of ways to cover it.

If I don't hear from you by Friday I'm raising a dispute with the deposit
scheme.

Callum Reid
07700 900158

On 20 Nov 2026, at 09:12, Callum Reid <callum.reid@mailbox.example> wrote:
> Hi, following up on my email below. Any news on my deposit? It's been
> three weeks now.
> On 9 Nov 2026, at 18:40, Callum Reid <callum.reid@mailbox.example> wrote:
> > Hello, I moved out of 12B Elm Street on 31 October and the check-out went
> > fine. Could you confirm when my £1,150 deposit will be returned?
> > Tenancy ref. PK-20417."""),

    dict(n=24, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Martin Osei <martin@regentpicturehouse.example>",
         to="support@screenbook.example",
         subject="Seat map editor won't save - Screen 3",
         body="""\
Hello,

We're opening our refurbished Screen 3 on 12 February and I've been building
its seat plan in the ScreenBook back office. Every time I press "Save layout"
I get a red banner saying "Layout could not be saved" and the changes are gone
when I reload. Screens 1 and 2 and all our ticket sales are unaffected.

It isn't urgent yet - Screen 3 shows won't go on sale until mid-January - but
I'd like to get the plan in before Christmas if possible. I've tried Chrome
and Edge.

Best wishes,
Martin Osei
General Manager, Regent Picturehouse, Whitby"""),
]
